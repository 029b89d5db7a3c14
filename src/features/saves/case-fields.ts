import { and, eq } from 'drizzle-orm';
import { AppError, refused } from '../../core/errors/app-error.ts';
import type { SaveReason } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';

/** A reason code from the workspace's taxonomy, or 400 naming the ones there are. */
export function requireReason(reasons: readonly SaveReason[], code: string): string {
  if (reasons.some((reason) => reason.code === code)) return code;
  throw new AppError('invalid_input', `"${code}" is not one of the workspace's reasons`, [
    { path: 'reason', message: `One of ${reasons.map((reason) => reason.code).join(', ')}` },
  ]);
}

/**
 * The agreement a case's offers adjust: the one given, which must be the client's; when
 * none is given, the client's only active agreement, if they have exactly one. Read
 * without the billing policy, so a stand-in logging a call can name it too (they still
 * see no money and make no offers).
 */
export async function resolveCaseAgreement(
  db: Db,
  workspaceId: string,
  clientId: string,
  agreementId: string | null | undefined,
): Promise<string | null> {
  if (agreementId === null) return null;
  const rows = await db
    .select({ id: agreements.id, status: agreements.status })
    .from(agreements)
    .where(
      and(
        eq(agreements.workspaceId, workspaceId),
        eq(agreements.clientId, clientId),
        agreementId === undefined ? eq(agreements.status, 'active') : eq(agreements.id, agreementId),
      ),
    )
    .limit(2);
  if (agreementId === undefined) return rows.length === 1 ? (rows[0]?.id ?? null) : null;
  if (rows.length === 0) {
    throw refused('The agreement is not this client’s', [
      { path: 'agreementId', message: 'Choose one of the client’s agreements' },
    ]);
  }
  return agreementId;
}
