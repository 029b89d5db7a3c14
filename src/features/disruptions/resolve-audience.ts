import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { DisruptionAudience } from '../../db/schema/index.ts';
import type { AudienceInput } from './schemas.ts';

/** A client about to be affected, with what outreach needs of them. */
export interface AudienceClient {
  id: string;
  name: string;
  kind: 'person' | 'business';
  email: string | null;
  /** The client's owner when still an active user: their outreach task goes to them. */
  ownerUserId: string | null;
}

/**
 * The clients an audience names, archived ones never. Chosen ids must all be clients of
 * this workspace: one that is not is refused (404) naming where it is in the list, so a
 * foreign or mistyped id is never quietly dropped.
 */
export async function resolveAudience(
  db: Db,
  actor: Actor,
  audience: AudienceInput,
): Promise<AudienceClient[]> {
  if (audience.kind === 'chosen') return chosenClients(db, actor, audience.clientIds, 'audience.clientIds');
  const where: SQL[] = [];
  if (audience.kind === 'all_active') where.push(sql`c.status = 'active'`);
  else {
    const statuses = audience.statuses ?? ['active'];
    where.push(sql`c.status::text = any(${sql.param(statuses)}::text[])`);
    if (audience.tags?.length) where.push(sql`c.tags && ${sql.param(audience.tags)}::text[]`);
    if (audience.query)
      where.push(sql`c.search_text like ${`%${escapeLike(audience.query.toLowerCase())}%`}`);
  }
  return selectClients(db, actor, sql.join(where, sql` and `));
}

/** Chosen clients, in the order given, duplicates once; any unknown id refuses the whole list. */
export async function chosenClients(
  db: Db,
  actor: Actor,
  clientIds: readonly string[],
  path: string,
): Promise<AudienceClient[]> {
  const unique = [...new Set(clientIds)];
  const found = await selectClients(db, actor, sql`c.id = any(${sql.param(unique)}::uuid[])`);
  if (found.length === unique.length) return found;
  const known = new Set(found.map((client) => client.id));
  const missing = clientIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
  throw new AppError(
    'not_found',
    `${missing.length === 1 ? 'A chosen client was' : `${missing.length} chosen clients were`} not found (or archived)`,
    missing.slice(0, 20).map((index) => ({ path: `${path}.${index}`, message: 'No such client' })),
  );
}

/** What the disruption row keeps of the audience: the filter to re-apply, not a long id list. */
export function storedAudience(audience: AudienceInput): DisruptionAudience {
  return audience.kind === 'chosen' ? { kind: 'chosen' } : audience;
}

function selectClients(db: Db, actor: Actor, where: SQL): Promise<AudienceClient[]> {
  return queryRows<AudienceClient>(
    db,
    sql`select c.id, c.name, c.kind, c.email,
          case when u.disabled_at is null then c.owner_user_id end as "ownerUserId"
        from clients c
        left join users u on u.workspace_id = c.workspace_id and u.id = c.owner_user_id
        where c.workspace_id = ${actor.workspaceId} and c.archived_at is null and ${where}
        order by c.id`,
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
