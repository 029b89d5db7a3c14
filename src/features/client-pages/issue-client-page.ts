import { eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clientPageLinks } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { hashToken } from '../auth/secret-tokens.ts';
import { requireStillAffected } from '../disruptions/disruption-access.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import { clientPagePath, issueClientPageLinks, revokeClientPageLinks } from './issue-links.ts';
import { auditedLink, toLinkView } from './link-views.ts';
import type { IssuedLinkView, IssueLinkInput } from './schemas.ts';

/**
 * A fresh private page link for one affected client. The full address is returned this
 * once; only the token's hash is stored. Other links stay valid unless `revokeOthers`.
 */
export async function issueClientPage(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  input: IssueLinkInput,
  publicUrl: string,
  now: Date,
): Promise<IssuedLinkView> {
  if (!policies.manageDisruptions(actor)) throw forbidden('Client pages are managed by the owner and staff');
  return db.transaction(async (tx) => {
    await requireDisruption(tx, actor, disruptionId);
    await requireStillAffected(tx, actor, disruptionId, clientId);

    const audit: AuditEntry[] = [];
    const revoked = input.revokeOthers
      ? await revokeClientPageLinks(tx, actor, disruptionId, clientId, now)
      : [];
    for (const row of revoked) {
      audit.push({
        action: 'client_page.revoke',
        entityType: 'client_page_link',
        entityId: row.id,
        after: auditedLink(row),
      });
    }
    const tokens = await issueClientPageLinks(tx, actor, disruptionId, [clientId], now);
    const token = tokens.get(clientId) as string;
    const [link] = await tx
      .select()
      .from(clientPageLinks)
      .where(eq(clientPageLinks.tokenHash, hashToken(token)));
    if (!link) throw new Error('issued link vanished');
    audit.push({
      action: 'client_page.issue',
      entityType: 'client_page_link',
      entityId: link.id,
      after: auditedLink(link),
    });
    await recordAudit(tx, actor, audit);
    return {
      link: toLinkView(link, now),
      url: `${publicUrl}${clientPagePath(token)}`,
      revokedLinkIds: revoked.map((row) => row.id),
    };
  });
}
