import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  baseUrl: string;
  /** Each request picks one of these paths at random (seeded). */
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  seed: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  totalRequests: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

/** Drives the server with autocannon from a child process and returns its summary. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (result: LoadResult) => {
      answered = true;
      resolve(result);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load generator exited with ${code} before answering`));
    });
    child.send(request);
  });
}
