import { sql } from 'drizzle-orm';
import type { PlanStepState, ThankYouKind } from '../../core/disruptions/vocabulary.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { hashToken } from '../auth/secret-tokens.ts';

/**
 * Everything the client's private page shows, and nothing else: the business's name, the
 * client's first name, the client-facing message, the promise, the plan, their next
 * meeting and, once it is over, the closing note and their thank-you. The private detail,
 * the estimate and buffer, other clients, reports and internal notes are never read here.
 */
export interface ClientPageView {
  linkId: string;
  workspaceId: string;
  disruptionId: string;
  clientId: string;
  businessName: string;
  firstName: string;
  clientMessage: string;
  promisedOn: string | null;
  isResolved: boolean;
  resolvedOn: string | null;
  closingNote: string | null;
  currency: string;
  timezone: string;
  planSteps: { title: string; detail: string | null; state: PlanStepState }[];
  nextMeeting: { kind: string; startsAt: Date; location: string | null } | null;
  /** Their thank-you, once it is done. */
  thankYou: { kind: ThankYouKind; terms: Record<string, unknown>; valueMinor: number | null } | null;
}

// 'cp_' and 32 random bytes in base64url: anything else is not a token we gave out.
const TOKEN_SHAPE = /^cp_[A-Za-z0-9_-]{43}$/;

interface LinkRow {
  link_id: string;
  workspace_id: string;
  disruption_id: string;
  client_id: string;
  business_name: string;
  currency: string;
  timezone: string;
  client_name: string;
  client_kind: 'person' | 'business';
  client_message: string;
  promised_on: string | null;
  status: 'active' | 'resolved';
  resolved_on: string | null;
  resolution_note: string | null;
}

/**
 * The page behind a token, or null when the token is malformed, unknown, expired or
 * revoked, or the client is no longer affected — one answer for all, so a caller learns
 * nothing from the difference. `touch` records the visit.
 */
export async function findClientPage(
  db: Db,
  token: string,
  now: Date,
  options: { touch: boolean },
): Promise<ClientPageView | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const at = now.toISOString();
  const [link] = await queryRows<LinkRow>(
    db,
    sql`select l.id as link_id, l.workspace_id, l.disruption_id, l.client_id,
          w.name as business_name, w.currency, w.timezone, c.name as client_name, c.kind::text as client_kind,
          d.client_message, d.promised_on::text as promised_on, d.status::text as status,
          d.resolved_on::text as resolved_on, d.resolution_note
        from client_page_links l
        join workspaces w on w.id = l.workspace_id
        join disruptions d on d.workspace_id = l.workspace_id and d.id = l.disruption_id
        join disruption_clients dc on dc.workspace_id = l.workspace_id and dc.disruption_id = l.disruption_id
          and dc.client_id = l.client_id and dc.removed_at is null
        join clients c on c.workspace_id = l.workspace_id and c.id = l.client_id and c.archived_at is null
        where l.token_hash = ${hashToken(token)} and l.revoked_at is null and l.expires_at > ${at}::timestamptz`,
  );
  if (!link) return null;
  const ws = link.workspace_id;
  if (options.touch) {
    await db.execute(
      sql`update client_page_links set last_opened_at = ${at}::timestamptz
          where workspace_id = ${ws} and id = ${link.link_id}`,
    );
  }
  const planSteps = await queryRows<{ title: string; detail: string | null; state: PlanStepState }>(
    db,
    sql`select title, detail, state::text as state from disruption_plan_steps
        where workspace_id = ${ws} and disruption_id = ${link.disruption_id} order by position, created_at, id`,
  );
  const [meeting] = await queryRows<{ kind: string; starts_ms: number; location: string | null }>(
    db,
    sql`select kind::text as kind, (extract(epoch from starts_at) * 1000)::float8 as starts_ms, location
        from disruption_meetings
        where workspace_id = ${ws} and disruption_id = ${link.disruption_id} and client_id = ${link.client_id}
          and status = 'scheduled' and starts_at > ${at}::timestamptz
        order by starts_at limit 1`,
  );
  const [thankYou] = await queryRows<{
    kind: ThankYouKind;
    terms: Record<string, unknown>;
    value_minor: number | null;
  }>(
    db,
    sql`select kind::text as kind, terms, value_minor::float8 as value_minor from disruption_thank_yous
        where workspace_id = ${ws} and disruption_id = ${link.disruption_id} and client_id = ${link.client_id}
          and status = 'done'`,
  );
  return {
    linkId: link.link_id,
    workspaceId: ws,
    disruptionId: link.disruption_id,
    clientId: link.client_id,
    businessName: link.business_name,
    firstName: link.client_kind === 'person' ? firstNameOf(link.client_name) : link.client_name,
    clientMessage: link.client_message,
    promisedOn: link.promised_on,
    isResolved: link.status === 'resolved',
    resolvedOn: link.resolved_on,
    closingNote: link.resolution_note,
    currency: link.currency,
    timezone: link.timezone,
    planSteps,
    nextMeeting: meeting
      ? { kind: meeting.kind, startsAt: new Date(meeting.starts_ms), location: meeting.location }
      : null,
    thankYou: thankYou
      ? { kind: thankYou.kind, terms: thankYou.terms, valueMinor: thankYou.value_minor }
      : null,
  };
}

/** "Ada" from "Ada Lovelace"; a one-word name is the name. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
