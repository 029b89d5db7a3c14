import type { Database } from '../db/connect.ts';
import { deliverDueMessages } from './deliver-due-messages.ts';
import { createMailTransport, type MailTransport } from './mail-transport.ts';

export interface MailSettings {
  /** smtp[s]://user:pass@host:port; without it nothing is sent and the outbox waits for people. */
  smtpUrl?: string | undefined;
  /** The From address of every message. */
  from: string;
  /** How often the sender looks for due messages (default 2 s). */
  pollMs?: number;
}

export interface OutboxSender {
  /** Look for due messages now rather than at the next poll (a change may have queued some). */
  wake(): void;
  /** Finish the batch in hand, then stop and close the SMTP connections. */
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 10_000;

const IDLE: OutboxSender = { wake() {}, async stop() {} };

/**
 * The long-running sender: delivers what is due every `pollMs`, and at once when woken.
 * One run at a time; a wake during a run makes another run follow it. Does nothing when
 * no SMTP server is configured. Errors (the database away for a moment) are logged and
 * the next poll tries again.
 */
export function startOutboxSender(
  database: Database,
  settings: MailSettings,
  now: () => Date,
  log: (message: string) => void = (message) => console.error(message),
): OutboxSender {
  if (!settings.smtpUrl) return IDLE;
  const transport: MailTransport = createMailTransport(settings.smtpUrl);
  let stopping = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  const schedule = () => {
    if (stopping) return;
    timer = setTimeout(wake, settings.pollMs ?? 2_000);
    timer.unref();
  };
  const run = async () => {
    try {
      await deliverDueMessages(database.db, transport, {
        now,
        from: settings.from,
        isStopping: () => stopping,
      });
    } catch (error) {
      log(`outbox sender: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  function wake(): void {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again && !stopping);
      running = null;
      schedule();
    })();
  }

  wake();
  return {
    wake,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      // A stuck SMTP server must not hold up shutdown: closing the transport fails the
      // sends in flight, and messages not recorded come back when their lease runs out.
      let waited: NodeJS.Timeout | undefined;
      await Promise.race([running, new Promise((done) => (waited = setTimeout(done, STOP_WAIT_MS)))]);
      clearTimeout(waited);
      transport.close();
      await running;
    },
  };
}
