import { userInfo } from 'node:os';
import { type Actor, systemActor } from '../core/auth/actor.ts';

/**
 * The CLI acts with the owner's rights but as no user (whoever can open the database
 * already has it all); the audit log names it with the account that ran it.
 */
export function cliActor(workspaceId: string): Actor {
  return systemActor(workspaceId, `CLI (${accountName()})`);
}

function accountName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown account'; // no passwd entry, as in some containers
  }
}
