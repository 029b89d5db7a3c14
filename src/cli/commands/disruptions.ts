import type { Command } from 'commander';

/** `rapport disruptions …` — list, show and declare disruptions. (being built) */
export function disruptionsCommand(_program: Command): void {}
