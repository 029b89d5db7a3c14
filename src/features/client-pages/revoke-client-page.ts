import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { conflict, forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clientPageLinks } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { auditedLink, toLinkView } from './link-views.ts';
import type { LinkView } from './schemas.ts';

/** Ends a private page link at once; the client then sees the "no longer valid" page. */
export async function revokeClientPage(
  db: Db,
  actor: Actor,
  disruptionId: string,
  linkId: string,
  now: Date,
): Promise<LinkView> {
  if (!policies.manageDisruptions(actor)) throw forbidden('Client pages are managed by the owner and staff');
  return db.transaction(async (tx) => {
    const where = and(
      eq(clientPageLinks.workspaceId, actor.workspaceId),
      eq(clientPageLinks.disruptionId, disruptionId),
      eq(clientPageLinks.id, linkId),
    );
    const [before] = await tx.select().from(clientPageLinks).where(where).for('update');
    if (!before) throw notFound('Client page link');
    if (before.revokedAt) throw conflict('The link is already revoked');
    const [after] = await tx.update(clientPageLinks).set({ revokedAt: now }).where(where).returning();
    if (!after) throw new Error('revoked link vanished');
    await recordAudit(tx, actor, {
      action: 'client_page.revoke',
      entityType: 'client_page_link',
      entityId: linkId,
      before: auditedLink(before),
      after: auditedLink(after),
    });
    return toLinkView(after, now);
  });
}
