import type { Command } from 'commander';

/** `rapport outbox …` — list the outbox and deliver what is due. (being built) */
export function outboxCommand(_program: Command): void {}
