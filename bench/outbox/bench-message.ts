import type { QueuedMessage } from '../../src/mail/queue-messages.ts';

/** In flight at once, for the sender and the limit alike (the pooled transport's connections). */
export const CONCURRENCY = 5;

export const BENCH_FROM = 'Benchmark Studio <hello@bench.example>';

/** The i-th message of the bench: a disruption's outreach, about 750 characters, to a named client. */
export function benchMessage(i: number): QueuedMessage {
  const name = `Client ${i + 1}`;
  return {
    clientId: null,
    toAddress: `client${i + 1}@bench.example`,
    toName: name,
    subject: 'Benchmark Studio: what is going on, and what it means for you',
    bodyText:
      `Dear ${name},\n\nWe would rather you heard this from us first, so here it is, honestly:\n\n` +
      'Olive is unwell and the studio runs at half speed for a while.\n\n' +
      'When we expect things to be back to normal: Friday 4 December 2026.\n\n' +
      'We need your help. If anything is urgent or worrying you, reply to this message or ask for a ' +
      'call on your private page, and we will come back to you quickly. The page also shows our plan ' +
      `and how it is going:\nhttps://rapport.bench.example/c/${String(i).padStart(43, 'x')}\n\n` +
      'Thank you for bearing with us.\n\nBenchmark Studio',
    sourceKind: 'bench',
    sourceId: null,
  };
}
