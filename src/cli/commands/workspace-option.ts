import { Option } from 'commander';

/** Every command that acts on a workspace takes this; it is needed only when there are several. */
export function workspaceOption(): Option {
  return new Option(
    '-w, --workspace <name|id>',
    'the workspace to act on (only needed when the database holds several)',
  );
}
