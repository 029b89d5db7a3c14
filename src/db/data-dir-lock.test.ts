import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors/app-error.ts';
import { lockDataDir } from './data-dir-lock.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'rapport-lock-'));

describe('data directory lock', () => {
  it('refuses a second holder while the first holds it, and frees it on release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(AppError);
    expect(() => lockDataDir(dir)).toThrow(/in use by this process/);
    lock.release();
    expect(existsSync(join(dir, 'rapport.lock'))).toBe(false);
    lockDataDir(dir).release();
  });

  it('refuses while another live process holds it, naming that process', async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'rapport.lock'), String(child.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${child.pid}`));
    } finally {
      child.kill();
    }
  });

  it('takes over a lock left behind by a process that has died', async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(join(dir, 'rapport.lock'), String(child.pid));
    const lock = lockDataDir(dir);
    lock.release();
  });
});
