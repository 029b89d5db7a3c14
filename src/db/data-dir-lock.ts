import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../core/errors/app-error.ts';

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'rapport.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock of its own: two processes on one data directory silently lose
 * writes. We hold a pid file for as long as the database is open; a second process is
 * refused with a clear message, and a lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new AppError(
          'locked',
          `The data directory ${resolve(dataDir)} is in use by ${holder === process.pid ? 'this process' : `process ${holder}`} (a running Rapport server?). ` +
            'Stop it first, or run the command against the running server with --server http://localhost:3000.',
        );
      }
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new AppError('locked', `Could not lock the data directory ${resolve(dataDir)}`);
}
