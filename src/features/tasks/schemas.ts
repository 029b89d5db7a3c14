import { z } from 'zod';
import { calendarDate, optionalText, pageQuery, shortText } from '../shared/fields.ts';

const nullableId = z.uuid().nullable().optional();
const nullableDate = calendarDate.nullable().optional();

export const createTaskBody = z
  .object({
    title: shortText(200),
    notes: optionalText(5000),
    clientId: nullableId,
    /** Defaults to whoever creates the task; null leaves it unassigned. */
    assigneeUserId: nullableId,
    dueOn: nullableDate,
  })
  .strict();

export const updateTaskBody = z
  .object({
    title: shortText(200).optional(),
    notes: optionalText(5000),
    assigneeUserId: nullableId,
    dueOn: nullableDate,
    done: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field');

export const listTasksQuery = z
  .object({
    state: z.enum(['open', 'done', 'all']).default('open'),
    assignee: z.union([z.literal('me'), z.uuid()]).optional(),
    clientId: z.uuid().optional(),
    due: z.enum(['overdue', 'today', 'upcoming']).optional(),
    ...pageQuery,
  })
  .strict();

export const taskView = z.object({
  id: z.uuid(),
  title: z.string(),
  notes: z.string().nullable(),
  clientId: z.uuid().nullable(),
  clientName: z.string().nullable(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  isOverdue: z.boolean(),
});

export const taskPage = z.object({ items: z.array(taskView), nextCursor: z.string().nullable() });

export type CreateTaskInput = z.infer<typeof createTaskBody>;
export type UpdateTaskInput = z.infer<typeof updateTaskBody>;
export type ListTasksQuery = z.infer<typeof listTasksQuery>;
export type TaskView = z.infer<typeof taskView>;
