import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { tempDir, tempFile } from './cli-test-aids.ts';
import { openMigratedDatabase } from './open-database.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Another process that opens the data directory the way the server does, and keeps it. */
function holdDataDir(dataDir: string): Promise<ChildProcess> {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(join(ROOT, 'src/db/data-dir-lock.ts'))});
    lockDataDir(${JSON.stringify(dataDir)});
    console.log('holding');
    setTimeout(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
  });
  return new Promise((resolvePromise, reject) => {
    child.stdout.once('data', () => resolvePromise(child));
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
}

const MESSAGE = (pid: number, dir: string) =>
  `The server is running (pid ${pid}) on the data directory ${dir}; stop it first or use the API. Nothing was changed.`;

describe('a CLI command beside a running server (PGlite data directory lock)', () => {
  let dataDir: string;
  let holder: ChildProcess;

  beforeAll(async () => {
    dataDir = tempDir();
    holder = await holdDataDir(dataDir);
  });
  afterAll(() => {
    holder.kill();
  });

  it('is refused before it touches anything, naming the process and what to do', async () => {
    const config = readConfig({ DATA_DIR: dataDir });
    const refused = openMigratedDatabase(config);
    await expect(refused).rejects.toMatchObject({
      code: 'locked',
      message: MESSAGE(holder.pid as number, dataDir),
      details: [
        { path: '', message: expect.stringContaining('REST API') },
        { path: '', message: expect.stringContaining('DATABASE_URL') },
      ],
    });
    expect(readdirSync(dataDir)).toEqual(['rapport.lock']);
    expect(readFileSync(join(dataDir, 'rapport.lock'), 'utf8')).toBe(String(holder.pid));
  });

  it('prints that message, and exits 1, from the real command line', async () => {
    const file = tempFile('clients.csv', 'Name\nAda\n');
    const child = spawn(process.execPath, ['bin/rapport.mjs', 'import', 'clients', file], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolvePromise) => child.on('exit', resolvePromise));
    expect(code).toBe(1);
    expect(stderr).toBe(
      `rapport: ${MESSAGE(holder.pid as number, dataDir)}\n` +
        '  Imports, exports, users, API tokens and billing runs are all in the REST API: see /api/docs on the running server.\n' +
        '  With DATABASE_URL (a PostgreSQL server) the CLI and the server can run side by side.\n',
    );
  });

  it('names this very process when it is the one holding the directory', async () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    try {
      await expect(openMigratedDatabase(readConfig({ DATA_DIR: dir }))).rejects.toThrow(
        MESSAGE(process.pid, dir),
      );
    } finally {
      lock.release();
    }
  });
});
