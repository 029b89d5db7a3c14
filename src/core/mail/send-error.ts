/** The parts of a mail error worth keeping (nodemailer adds these to its errors). */
interface MailErrorLike {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
}

export const MAX_ERROR_LENGTH = 500;

/**
 * One line a person can act on, from whatever the transport threw: the SMTP reply when
 * the server answered ("550 5.1.1 No such user"), else the error's code and message
 * ("ECONNECTION: connect ECONNREFUSED 127.0.0.1:25"). Shortened to fit the list.
 */
export function describeSendError(error: unknown): string {
  const e: MailErrorLike = typeof error === 'object' && error !== null ? (error as MailErrorLike) : {};
  const response = typeof e.response === 'string' ? e.response.trim() : '';
  const message = typeof e.message === 'string' ? e.message.trim() : String(error);
  const code = typeof e.code === 'string' ? e.code : '';
  let text: string;
  if (response) text = response;
  else if (code && !message.startsWith(code)) text = `${code}: ${message}`;
  else text = message;
  text = text.replace(/\s+/g, ' ').trim() || 'Unknown error';
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
