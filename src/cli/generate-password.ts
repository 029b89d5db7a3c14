import { randomBytes } from 'node:crypto';

/** 120 random bits as 20 URL-safe characters: strong, and easy to copy from a terminal. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
