import { spawn } from 'node:child_process';
import { systemActor } from '../src/core/auth/actor.ts';
import { queueMessages } from '../src/mail/queue-messages.ts';
import { startSmtpReceiver } from '../test/support/smtp-receiver.ts';
import { type BenchDatabase, withFreshDatabase } from './lib/engines.ts';
import type { Figure } from './lib/figures.ts';
import type { Suite, SuiteContext } from './lib/suite.ts';
import { createBenchWorkspace } from './lib/workspace.ts';
import { benchMessage, CONCURRENCY } from './outbox/bench-message.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const QUEUE_CHUNK = 5_000;
/** Flat: the peak while delivering N is within this of the peak while delivering N/5. */
const FLAT_AIM = 1.25;

/** Issue 5: the outbox sender's delivery rate to an in-process SMTP server, with its memory. */
export const outbox: Suite = {
  id: 'outbox',
  title: 'Issue 5 — outbox delivery',
  scale: { flag: 'messages', default: 5_000 },
  about:
    'Messages like a disruption’s outreach (a 750-character body, to a named client) are queued with ' +
    '`queueMessages`; then a process of its own (as `rapport outbox send` would be) runs the real ' +
    '`deliverDueMessages` to an SMTP server (smtp-server) in the bench process: batches of 50 leased ' +
    `with SKIP LOCKED, ${CONCURRENCY} messages in flight on a pooled nodemailer transport, each batch ` +
    'recorded in one transaction. The limit is another process sending the same messages, built in ' +
    'memory, through the same transport with the same concurrency and no database. Memory: the sending ' +
    'process’s peak RSS (the kernel’s high-water mark) delivering N/5, then N; on PGlite the embedded ' +
    'database lives in that process.',
  run: (context) => withFreshDatabase(context.engine, (bench) => measure(bench, context)),
};

async function measure(bench: BenchDatabase, context: SuiteContext) {
  const { log, scale } = context;
  const engine = context.engine.name;
  const workspace = await createBenchWorkspace(bench.database.db);
  const actor = systemActor(workspace.workspaceId, 'bench');
  const receiver = await startSmtpReceiver({ countOnly: true });
  const small = Math.max(1, Math.floor(scale / 5));

  const deliverRound = async (count: number): Promise<ChildResult> => {
    log(`queueing ${count.toLocaleString('en-US')} messages`);
    for (let done = 0; done < count; done += QUEUE_CHUNK) {
      const chunk = Math.min(QUEUE_CHUNK, count - done);
      const messages = Array.from({ length: chunk }, (_, i) => benchMessage(done + i));
      await queueMessages(bench.database.db, actor, messages, NOW);
    }
    await bench.rawQuery('analyze outbox_messages');
    receiver.clear();
    log(`delivering ${count.toLocaleString('en-US')} messages (in a child process, for its own peak RSS)`);
    const result = await bench.lend((target) =>
      runChild(['outbox', target, receiver.url, NOW.toISOString()]),
    );
    if (result.sent !== count) throw new Error(`delivered ${result.sent} of ${count}`);
    await receiver.waitFor(count);
    return result;
  };

  try {
    const first = await deliverRound(small);
    const full = await deliverRound(scale);

    log(`limit: ${scale.toLocaleString('en-US')} raw nodemailer sends, no database`);
    receiver.clear();
    const raw = await runChild(['raw', String(scale), receiver.url]);
    await receiver.waitFor(scale);

    const [row] = (await bench.rawQuery(
      `select count(*) filter (where status = 'sent')::int as sent,
              count(*) filter (where status <> 'sent')::int as other from outbox_messages`,
    )) as { sent: number; other: number }[];
    if (row?.sent !== small + scale || row.other !== 0)
      throw new Error(`outbox ended ${JSON.stringify(row)}`);

    const rate = scale / (full.ms / 1000);
    const limitRate = scale / (raw.ms / 1000);
    const growth = full.peakRssMb / first.peakRssMb;
    const figures: Figure[] = [
      {
        engine,
        case: `outbox delivery, ${scale.toLocaleString('en-US')} messages`,
        value: rate,
        unit: 'messages/s',
        limit: { label: 'raw nodemailer sends, same transport', value: limitRate },
        ratio: full.ms / raw.ms,
      },
      {
        engine,
        case: `sender peak RSS, ${small.toLocaleString('en-US')} messages (N/5)`,
        value: first.peakRssMb,
        unit: 'MB',
      },
      {
        engine,
        case: `sender peak RSS, ${scale.toLocaleString('en-US')} messages (N)`,
        value: full.peakRssMb,
        unit: 'MB',
        limit: { label: 'N/5', value: first.peakRssMb },
        ratio: growth,
        aim: `≤ ${FLAT_AIM}× N/5's`,
        met: growth <= FLAT_AIM,
        note: engine === 'pglite' ? 'the whole process, embedded database included' : 'the whole process',
      },
    ];
    const details = [
      `${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${small.toLocaleString('en-US')} messages in ` +
        `${(first.ms / 1000).toFixed(1)} s, then ${scale.toLocaleString('en-US')} in ${(full.ms / 1000).toFixed(1)} s; ` +
        `the raw sends took ${(raw.ms / 1000).toFixed(1)} s with a peak RSS of ${raw.peakRssMb.toFixed(0)} MB ` +
        '(all N messages built in memory first). Every message arrived once, and the outbox ended with all ' +
        `${(small + scale).toLocaleString('en-US')} sent.`,
    ];
    return { figures, details };
  } finally {
    await receiver.close();
  }
}

interface ChildResult {
  ms: number;
  sent: number;
  peakRssMb: number;
}

/** Runs bench/outbox/child.ts and reads back its last line. */
async function runChild(args: string[]): Promise<ChildResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/outbox/child.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the sending process exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as ChildResult;
}
