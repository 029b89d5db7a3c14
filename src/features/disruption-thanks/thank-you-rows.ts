import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../core/auth/actor.ts';
import type { ThankYouChoice } from '../../core/disruptions/thank-you-terms.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { insertRows } from '../../db/insert-rows.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { disruptionThankYous } from '../../db/schema/index.ts';
import type { ThankYouView } from './schemas.ts';

export type ThankYouRow = typeof disruptionThankYous.$inferSelect;

/** The source the billing rows of a money thank-you name, so credits and reductions trace back. */
export const THANK_YOU_SOURCE = 'disruption_thank_you';

/** Chosen thank-yous for many clients at once: one statement whatever the number. */
export async function insertThankYous(
  tx: Db,
  actor: Actor,
  disruptionId: string,
  clientIds: readonly string[],
  choice: ThankYouChoice & { note?: string | null | undefined },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const terms = JSON.stringify(choice.terms);
  await insertRows(
    tx,
    'disruption_thank_yous',
    [
      { name: 'workspace_id', type: 'uuid', value: () => actor.workspaceId },
      { name: 'id', type: 'uuid', value: () => uuidv7() },
      { name: 'disruption_id', type: 'uuid', value: () => disruptionId },
      { name: 'client_id', type: 'uuid', value: (clientId) => clientId },
      { name: 'kind', type: 'thank_you_kind', value: () => choice.kind },
      { name: 'status', type: 'thank_you_status', value: () => 'chosen' },
      { name: 'terms', type: 'jsonb', value: () => terms },
      { name: 'note', type: 'text', value: () => choice.note ?? null },
      { name: 'created_by_user_id', type: 'uuid', value: () => actor.userId },
      { name: 'created_at', type: 'timestamptz', value: () => at },
    ],
    clientIds,
  );
}

/** Thank-yous as the API shows them, with who marked them done. */
export async function thankYouViews(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<ThankYouView[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<ThankYouView & { doneById: string | null; doneByName: string | null }>(
    db,
    sql`select t.id, t.client_id as "clientId", t.kind::text as kind, t.status::text as status, t.terms, t.note,
          t.value_minor::float8 as "valueMinor", t.agreement_id as "agreementId", t.credit_id as "creditId",
          t.adjustment_id as "adjustmentId", to_json(t.done_at)#>>'{}' as "doneAt",
          to_json(t.created_at)#>>'{}' as "createdAt", u.id as "doneById", u.name as "doneByName"
        from disruption_thank_yous t
        left join users u on u.workspace_id = t.workspace_id and u.id = t.done_by_user_id
        where t.workspace_id = ${workspaceId} and t.id = any(${sql.param(ids)}::uuid[])`,
  );
  return rows.map(({ doneById, doneByName, ...view }) => ({
    ...view,
    doneAt: view.doneAt ? new Date(view.doneAt).toISOString() : null,
    createdAt: new Date(view.createdAt).toISOString(),
    doneBy: doneById && doneByName ? { id: doneById, name: doneByName } : null,
  }));
}

export async function thankYouView(db: Db, workspaceId: string, id: string): Promise<ThankYouView> {
  const [view] = await thankYouViews(db, workspaceId, [id]);
  if (!view) throw notFound('Thank-you');
  return view;
}
