import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { usersApi } from '../../api/admin.ts';
import type { Role, WorkspaceUser } from '../../api/types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { useSession } from '../auth/session.tsx';
import { AddUserDialog } from './add-user-dialog.tsx';
import { DeactivateUserDialog } from './deactivate-user-dialog.tsx';
import { settingsKeys } from './query-keys.ts';
import { ROLE_INFO, ROLE_OPTIONS } from './roles.ts';
import { UserRow } from './user-row.tsx';

/** The team: who can sign in, with which role; the owner adds, re-roles and deactivates. */
export function UsersTab({ canEdit }: { canEdit: boolean }) {
  const { user: me } = useSession();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [deactivating, setDeactivating] = useState<WorkspaceUser | null>(null);
  const users = useQuery({ queryKey: settingsKeys.users, queryFn: usersApi.list });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: { role?: Role; disabled?: boolean } }) =>
      usersApi.update(id, patch),
    onSuccess: async (user, { patch }) => {
      setDeactivating(null);
      if (patch.role) toast(`${user.name} is now ${ROLE_INFO[user.role].label.toLowerCase()}`);
      else toast(user.disabled ? `${user.name} deactivated` : `${user.name} can sign in again`);
      await queryClient.invalidateQueries({ queryKey: settingsKeys.users });
    },
  });
  // Active people first (the API sorts by name); the deactivated wait at the bottom.
  const list = [...(users.data ?? [])].sort((a, b) => Number(a.disabled) - Number(b.disabled));
  const active = list.filter((user) => !user.disabled).length;

  return (
    <div className="settings-stack">
      <section className="card" aria-labelledby="users-heading">
        <header className="card-header">
          <div>
            <h2 id="users-heading">
              Team <span className="card-count">{active} active</span>
            </h2>
            <p className="card-subtitle">Everyone who can sign in to this workspace.</p>
          </div>
          {canEdit && (
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              <UserPlus size={16} aria-hidden="true" /> Add user
            </button>
          )}
        </header>
        {(users.error || (update.error && !deactivating)) && (
          <div className="card-body">
            <ErrorBanner error={users.error ?? update.error} />
          </div>
        )}
        {users.isPending ? (
          <Skeleton lines={4} label="Loading users" />
        ) : list.length === 0 ? (
          <EmptyState icon={Users} title="No users yet" compact />
        ) : (
          <div className="table-wrap">
            <table className="table admin-table stack-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  {canEdit && (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {list.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    isMe={user.id === me.id}
                    canEdit={canEdit}
                    busy={update.isPending && update.variables?.id === user.id}
                    onRole={(role) => update.mutate({ id: user.id, patch: { role } })}
                    onDeactivate={() => {
                      update.reset();
                      setDeactivating(user);
                    }}
                    onReactivate={() => update.mutate({ id: user.id, patch: { disabled: false } })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="roles-heading">
        <header className="card-header">
          <h2 id="roles-heading">Roles</h2>
        </header>
        <dl className="role-list">
          {ROLE_OPTIONS.map(([role, info]) => (
            <div key={role}>
              <dt>{info.label}</dt>
              <dd>{info.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <AddUserDialog open={adding} onClose={() => setAdding(false)} />
      <DeactivateUserDialog
        user={deactivating}
        pending={update.isPending}
        error={update.error}
        onConfirm={(user) => update.mutate({ id: user.id, patch: { disabled: true } })}
        onClose={() => {
          setDeactivating(null);
          update.reset();
        }}
      />
    </div>
  );
}
