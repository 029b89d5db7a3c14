// A real SMTP server in the test process: the outbox sends to it over TCP exactly as it
// would to a mail provider, and tests read back what arrived. It can refuse mail to show
// the sender's retries. Parsing is the minimum MIME that nodemailer's messages need.
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedAttachment {
  filename: string;
  /** The full Content-Type header, e.g. 'text/calendar; method=REQUEST; charset=utf-8'. */
  contentType: string;
  content: string;
}

export interface ReceivedMail {
  /** The envelope: who the SMTP session said it was from and to. */
  envelopeFrom: string;
  envelopeTo: string[];
  /** Header values, lower-case names, unfolded and with encoded words decoded. */
  headers: Map<string, string>;
  subject: string;
  /** The text/plain body, decoded. */
  text: string;
  attachments: ReceivedAttachment[];
  raw: string;
}

/** Makes the receiver refuse: every message, or those to the addresses it matches. */
export interface Refusal {
  /** An SMTP reply code, e.g. 550 (permanent) or 451 (try later). */
  code: number;
  message: string;
  /** Refuse only these recipients; all when absent. */
  onlyTo?: (address: string) => boolean;
}

export interface SmtpReceiver {
  /** smtp://127.0.0.1:<port>, ready for SMTP_URL. */
  url: string;
  messages: ReceivedMail[];
  /** How many recipients it refused so far. */
  refusedCount(): number;
  refuse(refusal: Refusal | null): void;
  /** Resolves once `count` messages have arrived (the test's timeout bounds the wait). */
  waitFor(count: number): Promise<ReceivedMail[]>;
  /** Forget what arrived (the bench reuses one receiver). */
  clear(): void;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** Keep only a count, not the messages (a bench sending thousands). */
  countOnly?: boolean;
}

export async function startSmtpReceiver(options: ReceiverOptions = {}): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const arrivals = new EventEmitter();
  let received = 0;
  let refused = 0;
  let refusal: Refusal | null = null;

  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (refusal && (!refusal.onlyTo || refusal.onlyTo(address.address))) {
        refused += 1;
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (!options.countOnly) {
          const raw = Buffer.concat(chunks).toString('utf8');
          messages.push({
            ...parseMessage(raw),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
          });
        }
        received += 1;
        arrivals.emit('message');
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refusedCount: () => refused,
    refuse(next) {
      refusal = next;
    },
    waitFor(count) {
      return new Promise((resolve) => {
        const check = () => {
          if (received < count) return;
          arrivals.off('message', check);
          resolve(messages);
        };
        arrivals.on('message', check);
        check();
      });
    },
    clear() {
      messages.length = 0;
      received = 0;
      refused = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parseMessage(raw: string): Omit<ReceivedMail, 'envelopeFrom' | 'envelopeTo' | 'raw'> {
  const root = splitPart(raw);
  const leaves = flatten(root);
  const isAttachment = (part: Part) =>
    /^attachment/i.test(part.headers.get('content-disposition') ?? '') ||
    !/^text\/plain/i.test(part.headers.get('content-type') ?? 'text/plain');
  const textPart = leaves.find((part) => !isAttachment(part));
  return {
    headers: root.headers,
    subject: root.headers.get('subject') ?? '',
    text: textPart ? decodeBody(textPart) : '',
    attachments: leaves.filter(isAttachment).map((part) => ({
      filename:
        paramOf(part.headers.get('content-disposition') ?? '', 'filename') ??
        paramOf(part.headers.get('content-type') ?? '', 'name') ??
        '',
      contentType: part.headers.get('content-type') ?? '',
      content: decodeBody(part),
    })),
  };
}

function splitPart(raw: string): Part {
  const at = raw.indexOf('\r\n\r\n');
  const head = at < 0 ? raw : raw.slice(0, at);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body: at < 0 ? '' : raw.slice(at + 4) };
}

/** The leaf parts of a (possibly nested) multipart message, in order. */
function flatten(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? '';
  const boundary = /^multipart\//i.test(type) ? paramOf(type, 'boundary') : null;
  if (!boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1);
  return sections
    .filter((section) => !section.startsWith('--'))
    .flatMap((section) => flatten(splitPart(section.replace(/^\r\n/, '').replace(/\r\n$/, ''))));
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 words such as =?UTF-8?Q?Zo=C3=AB?= (adjacent words join without the space). */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function paramOf(header: string, name: string): string | null {
  const extended = new RegExp(`;\\s*${name}\\*=(?:[^']*)'[^']*'([^;]+)`, 'i').exec(header);
  if (extended?.[1]) return decodeURIComponent(extended[1].trim());
  const plain = new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(header);
  return plain?.[1]?.trim() ?? null;
}
