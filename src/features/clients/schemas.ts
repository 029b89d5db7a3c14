import { z } from 'zod';
import { emailField, optionalText, shortText, tagList } from '../shared/fields.ts';

export const CLIENT_KINDS = ['person', 'business'] as const;
export const CLIENT_STATUSES = ['prospect', 'active', 'paused', 'cancelled'] as const;

const fields = {
  kind: z.enum(CLIENT_KINDS),
  name: shortText(200),
  company: optionalText(200),
  email: emailField.nullable().optional(),
  phone: optionalText(50),
  address: optionalText(500),
  website: optionalText(300),
  status: z.enum(CLIENT_STATUSES),
  ownerUserId: z.uuid().nullable().optional(),
  tags: tagList,
  sells: optionalText(1000),
  sellsTags: tagList,
  notes: optionalText(10_000),
  since: z.iso.date(),
};

/** A new client. Only the name is required; the rest have sensible defaults. */
export const clientInput = z
  .object({
    ...fields,
    kind: fields.kind.default('person'),
    status: fields.status.default('active'),
    tags: fields.tags.default([]),
    sellsTags: fields.sellsTags.default([]),
    since: fields.since.optional(),
  })
  .strict();
export type ClientInput = z.infer<typeof clientInput>;

export const clientPatch = z.object(fields).partial().strict();
export type ClientPatch = z.infer<typeof clientPatch>;

export const clientView = z.object({
  id: z.uuid(),
  kind: z.enum(CLIENT_KINDS),
  name: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  status: z.enum(CLIENT_STATUSES),
  ownerUserId: z.string().nullable(),
  tags: z.array(z.string()),
  sells: z.string().nullable(),
  sellsTags: z.array(z.string()),
  notes: z.string().nullable(),
  since: z.string(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const clientDetailView = clientView.extend({
  summary: z.object({
    tenureDays: z.number().int(),
    lastContactAt: z.date().nullable(),
    openCallbacks: z.number().int(),
    overdueCallbacks: z.number().int(),
    openTasks: z.number().int(),
  }),
});

export const CLIENT_SORTS = ['name', '-name', 'created', '-created'] as const;

export const clientListQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    tag: z.string().trim().max(50).optional(),
    ownerUserId: z.uuid().optional(),
    archived: z.enum(['false', 'true', 'all']).default('false'),
    sort: z.enum(CLIENT_SORTS).default('name'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type ClientListQuery = z.infer<typeof clientListQuery>;

export const assignmentsBody = z.object({ userIds: z.array(z.uuid()).max(100) }).strict();
