import { api } from './client.ts';
import type { ImportPreview, ImportResult } from './types.ts';

export interface ImportInput {
  csv: string;
  mapping?: Record<string, string>;
}

export const importsApi = {
  preview: (input: ImportInput) =>
    api<ImportPreview>('/imports/clients/preview', { method: 'POST', body: input }),
  run: (input: ImportInput & { skipInvalid?: boolean }) =>
    api<ImportResult>('/imports/clients', { method: 'POST', body: input }),
};
