import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. Used for session cookies and API tokens. */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are stored only as hashes, so a leaked table grants nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
