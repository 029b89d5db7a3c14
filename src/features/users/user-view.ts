import type { users } from '../../db/schema/index.ts';
import type { UserListView } from './schemas.ts';

/** What the API and the audit log show of a user: never the password hash. */
export function toUserView(user: typeof users.$inferSelect): UserListView {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    disabled: user.disabledAt !== null,
  };
}
