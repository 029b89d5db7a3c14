import { z } from 'zod';
import { CELL_STATES } from '../../core/disruptions/board-state.ts';
import { DISRUPTION_STATUSES, PLAYBOOK_STEPS } from '../../core/disruptions/vocabulary.ts';
import { pageQuery } from '../shared/fields.ts';

export const boardParams = z.object({ id: z.uuid() }).strict();

/** One cell state, or several separated by commas: `due,overdue` is "not done yet". */
const cellStateList = z
  .string()
  .max(100)
  .transform((value) => [...new Set(value.split(',').map((part) => part.trim()))])
  .pipe(z.array(z.enum(CELL_STATES)).min(1));

export const boardQuery = z
  .object({
    /** Only clients whose name contains this (case-insensitive). */
    q: z.string().trim().max(200).optional(),
    /** With `state`: only clients whose cell on this step is in one of those states. */
    step: z.enum(PLAYBOOK_STEPS).optional(),
    state: cellStateList.optional(),
    ...pageQuery,
  })
  .strict()
  .superRefine((query, context) => {
    if ((query.step === undefined) === (query.state === undefined)) return;
    const missing = query.step === undefined ? 'step' : 'state';
    context.addIssue({ code: 'custom', path: [missing], message: 'Give step and state together' });
  });
export type BoardQuery = z.output<typeof boardQuery>;

export const cellView = z.object({
  state: z.enum(CELL_STATES),
  /** Why the cell is in that state, in one short sentence. */
  note: z.string(),
});

export const boardRowView = z.object({
  clientId: z.uuid(),
  clientName: z.string(),
  standIn: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  cells: z.object({
    contact: cellView,
    communicate: cellView,
    oversee: cellView,
    time_frame: cellView,
    plan: cellView,
    thank: cellView,
  }),
});
export type BoardRowView = z.infer<typeof boardRowView>;

export const boardPage = z.object({
  /** The columns, in the playbook's order. */
  steps: z.array(z.enum(PLAYBOOK_STEPS)),
  status: z.enum(DISRUPTION_STATUSES),
  items: z.array(boardRowView),
  nextCursor: z.string().nullable(),
});
export type BoardPage = z.infer<typeof boardPage>;

const percent = z.number().int().min(0).max(100).nullable();
const count = z.number().int().min(0);

/** Coverage figures over the affected clients the reader may see. Percentages are whole, rounded down. */
export const boardFiguresView = z.object({
  status: z.enum(DISRUPTION_STATUSES),
  clients: count,
  contact: z.object({ within24h: count, late: count, notYet: count, percentWithin24h: percent }),
  callbacks: z.object({
    /** Answered, or past due: the callbacks that had to be answered by now. */
    due: count,
    answeredOnTime: count,
    answeredLate: count,
    openOverdue: count,
    openNotDue: count,
    percentOnTime: percent,
  }),
  reports: z.object({ accepted: count, sentBack: count, waiting: count, percentAccepted: percent }),
  promises: z.object({
    made: count,
    rePromises: count,
    kept: count,
    broken: count,
    pending: count,
    current: z.string().nullable(),
    outcome: z.enum(['none', 'pending', 'kept', 'broken']),
    clientsTold: count,
    clientsToldCurrent: count,
    clientsKept: count,
    percentClientsKept: percent,
  }),
  thanks: z.object({ done: count, chosen: count, notChosen: count, percentDone: percent }),
});
export type BoardFiguresView = z.infer<typeof boardFiguresView>;
