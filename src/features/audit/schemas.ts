import { z } from 'zod';
import { pageQuery } from '../shared/fields.ts';

export const listAuditQuery = z
  .object({
    entityType: z.string().trim().min(1).max(50).optional(),
    entityId: z.string().trim().min(1).max(200).optional(),
    actorUserId: z.uuid().optional(),
    ...pageQuery,
  })
  .strict();

export const auditEntryView = z.object({
  id: z.uuid(),
  at: z.string(),
  /** The user who acted, or null for the system and the CLI (see actorLabel). */
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditPage = z.object({ items: z.array(auditEntryView), nextCursor: z.string().nullable() });

export type ListAuditQuery = z.infer<typeof listAuditQuery>;
export type AuditEntryView = z.infer<typeof auditEntryView>;
