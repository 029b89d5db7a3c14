import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate, buildPostgresTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/** Builds the migrated template once per run; each test file copies it. */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.RAPPORT_TEST_DB;
  if (kind === 'postgres') {
    const url = process.env.RAPPORT_TEST_DATABASE_URL;
    if (!url) throw new Error('RAPPORT_TEST_DATABASE_URL is not set');
    project.provide('postgresTemplate', await buildPostgresTemplate(url));
  } else {
    project.provide('pgliteTemplate', await buildPgliteTemplate());
  }
}
