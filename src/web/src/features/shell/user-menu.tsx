import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChevronsUpDown, LogOut } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { authApi } from '../../api/auth.ts';
import { Avatar } from '../../components/avatar.tsx';
import { sessionKeys, useSession } from '../auth/session.tsx';

const ROLE_LABELS = { owner: 'Owner', staff: 'Staff', stand_in: 'Stand-in' } as const;

/** Who is signed in, and the way out. Escape or a click elsewhere closes the menu. */
export function UserMenu() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const logout = useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      window.history.replaceState(null, '', '/');
      // Nobody is signed in now: say so first, so the sign-in screen replaces the app, then
      // forget what the signed-in user saw. (Clearing the cache alone leaves the mounted
      // screens holding their data, and the app never learns the session ended.)
      queryClient.setQueryData(sessionKeys.me, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    },
  });

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={box}>
      {open && (
        <div className="menu" id="user-menu">
          <p className="menu-meta">{user.email}</p>
          <button type="button" className="menu-item" onClick={() => logout.mutate()}>
            <LogOut size={16} aria-hidden="true" /> Sign out
          </button>
        </div>
      )}
      <button
        type="button"
        className="user-button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={user.name} size={32} />
        <span className="user-button-text">
          <span className="user-name">{user.name}</span>
          <span className="user-role">{ROLE_LABELS[user.role]}</span>
        </span>
        <ChevronsUpDown size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
