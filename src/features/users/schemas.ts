import { z } from 'zod';
import { ROLES } from '../../core/auth/actor.ts';
import { passwordField } from '../auth/schemas.ts';
import { emailField, pageQuery, shortText } from '../shared/fields.ts';

export const createUserBody = z
  .object({ name: shortText(120), email: emailField, role: z.enum(ROLES), password: passwordField })
  .strict();

export const updateUserBody = z
  .object({
    name: shortText(120).optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field');

export const listUsersQuery = z.object(pageQuery).strict();

export const userListView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
});

export const userPage = z.object({ items: z.array(userListView), nextCursor: z.string().nullable() });

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type ListUsersQuery = z.infer<typeof listUsersQuery>;
export type UserListView = z.infer<typeof userListView>;
