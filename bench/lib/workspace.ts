import type { Actor } from '../../src/core/auth/actor.ts';
import type { Db } from '../../src/db/connect.ts';
import { setupWorkspace } from '../../src/features/auth/setup-workspace.ts';
import { createApiToken } from '../../src/features/tokens/create-api-token.ts';

export interface BenchWorkspace {
  workspaceId: string;
  owner: Actor & { userId: string };
  /** A bearer token of the owner, as a script would use it. */
  token: string;
}

/** First-run setup and an API token for the owner, both through the real commands. */
export async function createBenchWorkspace(db: Db): Promise<BenchWorkspace> {
  const { workspace, owner } = await setupWorkspace(db, {
    workspaceName: 'Benchmark Studio',
    ownerName: 'Bench Owner',
    email: 'owner@bench.example',
    password: 'benchmark password 1',
  });
  const actor = { workspaceId: workspace.id, userId: owner.id, role: 'owner' as const, label: owner.name };
  const { token } = await createApiToken(db, actor, { name: 'benchmark' });
  return { workspaceId: workspace.id, owner: actor, token };
}
