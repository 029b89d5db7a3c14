import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';
import type { Db } from '../db/connect.ts';
import { setupWorkspace } from '../features/auth/setup-workspace.ts';
import type { CliIO } from './cli-io.ts';

/** Test aid: a CliIO whose output the test reads back as text. */
export function captureIO(isInteractive = false) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (chunks: Buffer[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
  const io: CliIO = { out: sink(out), err: sink(err), isInteractive };
  return {
    io,
    out: () => Buffer.concat(out).toString('utf8'),
    err: () => Buffer.concat(err).toString('utf8'),
  };
}

export const OWNER = { name: 'Olive Owner', email: 'olive@example.com', password: 'correct horse battery' };

/** Test aid: first-run setup, as the web app does it; returns the workspace and its owner. */
export async function setUpWorkspace(db: Db, workspaceName = 'Harbor Studio') {
  return setupWorkspace(db, {
    workspaceName,
    ownerName: OWNER.name,
    email: OWNER.email,
    password: OWNER.password,
  });
}

const tempDirs: string[] = [];
// Registered when a test file imports this aid: its temporary files go when the file's tests end.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Test aid: a fresh, empty temporary directory, removed when the test process ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  tempDirs.push(dir);
  return dir;
}

/** Test aid: writes a file in a fresh temporary directory and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}
