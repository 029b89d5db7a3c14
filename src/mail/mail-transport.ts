import nodemailer from 'nodemailer';
import type { OutboxAttachment } from '../db/schema/index.ts';

/** A message as the transport takes it (the fields of nodemailer's sendMail we use). */
export interface MailMessage {
  from: string;
  to: { name: string; address: string } | string;
  subject: string;
  text: string;
  messageId: string;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** Anything that sends mail: a nodemailer transport, or in the bench a bare one. */
export interface MailTransport {
  sendMail(message: MailMessage): Promise<{ messageId?: string | undefined }>;
  close(): void;
}

/**
 * A pooled SMTP transport from an smtp[s]://user:pass@host:port URL (query parameters
 * such as ?pool=false or ?maxConnections=2 override ours). Timeouts are short so one
 * stuck server costs a failed attempt, not the sender's lease.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/** The outbox row fields a message is built from. */
export interface OutgoingRow {
  id: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  bodyText: string;
  attachments: OutboxAttachment[];
}

/**
 * The message for one outbox row. Its Message-ID comes from the row, so if a sender dies
 * after sending but before recording it, the retry carries the same id and mail clients
 * can tell the copy for what it is.
 */
export function toMailMessage(row: OutgoingRow, from: string): MailMessage {
  return {
    from,
    to: row.toName ? { name: row.toName, address: row.toAddress } : row.toAddress,
    subject: row.subject,
    text: row.bodyText,
    messageId: `<${row.id}@${domainOf(from)}>`,
    attachments: row.attachments.map((file) => ({
      filename: file.filename,
      content: file.content,
      contentType: calendarInvite(file.contentType),
    })),
  };
}

/** An .ics file is an invitation only with its method: calendar apps then offer to accept. */
function calendarInvite(contentType: string): string {
  const isCalendar = /^text\/calendar\b/i.test(contentType);
  return isCalendar && !/method=/i.test(contentType) ? `${contentType}; method=REQUEST` : contentType;
}

function domainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'rapport.invalid';
}
