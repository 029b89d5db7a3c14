import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { ThankYouChoice } from '../../core/disruptions/thank-you-terms.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireResolved } from './require-resolved.ts';
import type { AppliedView, ApplyThankYouInput } from './schemas.ts';
import { insertThankYous } from './thank-you-rows.ts';

/**
 * Chooses one thank-you for many clients at once (every affected client, or those listed):
 * their chosen thank-yous are replaced, done ones left alone. A listed client who is not
 * affected refuses the whole request. A few statements whatever the number of clients.
 */
export async function applyThankYous(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: ApplyThankYouInput,
  now: Date,
): Promise<AppliedView> {
  const { clientIds, ...choice } = input;
  return db.transaction(async (tx) => {
    await requireResolved(tx, actor, disruptionId);
    const wanted = clientIds ? [...new Set(clientIds)] : null;
    const only = wanted ? sql`and dc.client_id = any(${sql.param(wanted)}::uuid[])` : sql``;
    const affected = await queryRows<{ client_id: string; status: string | null }>(
      tx,
      sql`select dc.client_id, t.status::text as status
          from disruption_clients dc
          left join disruption_thank_yous t on t.workspace_id = dc.workspace_id
            and t.disruption_id = dc.disruption_id and t.client_id = dc.client_id and t.status <> 'cancelled'
          where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruptionId}
            and dc.removed_at is null ${only}
          for update of dc`,
    );
    if (wanted && affected.length !== wanted.length) throw notFound('Affected client');
    const open = affected.filter((row) => row.status !== 'done').map((row) => row.client_id);
    if (open.length > 0) {
      await tx.execute(
        sql`update disruption_thank_yous set status = 'cancelled'
            where workspace_id = ${actor.workspaceId} and disruption_id = ${disruptionId}
              and status = 'chosen' and client_id = any(${sql.param(open)}::uuid[])`,
      );
    }
    await insertThankYous(
      tx,
      actor,
      disruptionId,
      open,
      choice as ThankYouChoice & { note?: string | null },
      now,
    );
    const result = { changed: open.length, skippedDone: affected.length - open.length };
    await recordAudit(tx, actor, {
      action: 'thank_you.apply',
      entityType: 'disruption',
      entityId: disruptionId,
      after: { kind: choice.kind, terms: choice.terms, ...result, clientIds: open },
    });
    return result;
  });
}
