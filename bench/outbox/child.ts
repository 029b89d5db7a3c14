/**
 * One sending process, so its peak RSS is the sending's alone, as `rapport outbox send`
 * would be. Prints `{ ms, sent, peakRssMb }` as its last line.
 * Usage: child.ts outbox <dataDir | postgres://…> <smtpUrl> <now>
 *        child.ts raw <count> <smtpUrl>   (the limit: the same messages, no database)
 */
import { uuidv7 } from 'uuidv7';
import { openDatabase } from '../../src/db/connect.ts';
import { deliverDueMessages } from '../../src/mail/deliver-due-messages.ts';
import { createMailTransport, type MailMessage, toMailMessage } from '../../src/mail/mail-transport.ts';
import { BENCH_FROM, benchMessage, CONCURRENCY } from './bench-message.ts';

const [mode = '', target = '', smtpUrl = '', now = ''] = process.argv.slice(2);
const transport = createMailTransport(smtpUrl);
let ms: number;
let sent: number;
if (mode === 'outbox') {
  const database = await openDatabase(target.startsWith('postgres') ? { url: target } : { dataDir: target });
  const started = performance.now();
  const report = await deliverDueMessages(database.db, transport, {
    now: () => new Date(now),
    from: BENCH_FROM,
    concurrency: CONCURRENCY,
    ...(process.env.BENCH_OUTBOX_BATCH ? { batchSize: Number(process.env.BENCH_OUTBOX_BATCH) } : {}),
  });
  ms = performance.now() - started;
  if (report.retrying + report.failed > 0) throw new Error(`not all sent: ${JSON.stringify(report)}`);
  sent = report.sent;
  await database.close();
} else {
  const messages = Array.from({ length: Number(target) }, (_, i) =>
    toMailMessage(
      { ...benchMessage(i), id: uuidv7(), toName: `Client ${i + 1}`, attachments: [] },
      BENCH_FROM,
    ),
  );
  const started = performance.now();
  await sendRaw(messages);
  ms = performance.now() - started;
  sent = messages.length;
}
transport.close();
// maxRSS is in kilobytes: the high-water mark of this process, sampled by the kernel.
console.log(JSON.stringify({ ms, sent, peakRssMb: process.resourceUsage().maxRSS / 1024 }));

/** The limit: straight to the transport, CONCURRENCY at a time, as the sender sends. */
async function sendRaw(messages: MailMessage[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < messages.length) {
      const message = messages[next++];
      if (message) await transport.sendMail(message);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
