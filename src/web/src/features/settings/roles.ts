import type { Role } from '../../api/types.ts';

/** What each role may do, in the words the screens use (see DESIGN.md, "Who uses it"). */
export const ROLE_INFO: Record<Role, { label: string; description: string }> = {
  owner: {
    label: 'Owner',
    description: 'Everything, including settings, users, policies and the audit log.',
  },
  staff: { label: 'Staff', description: 'Works with every client day to day; imports and exports.' },
  stand_in: {
    label: 'Stand-in',
    description: 'Fills in while you are away: sees only the clients assigned to them.',
  },
};

export const ROLE_OPTIONS = Object.entries(ROLE_INFO) as [Role, { label: string; description: string }][];
