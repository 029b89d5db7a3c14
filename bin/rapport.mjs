#!/usr/bin/env node
// Runs the TypeScript CLI directly: the server, the CLI and the tests share one source tree.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
