import type { Actor } from '../../core/auth/actor.ts';
import { PAYMENT_TERMS_DAYS } from '../../core/billing/index.ts';
import { buildDemoPlan } from '../../core/demo/build-demo-plan.ts';
import {
  DEMO_OWNER,
  DEMO_WORKSPACE_NAME,
  type DemoPlan,
  type DemoUserKey,
} from '../../core/demo/demo-plan.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { workspaces } from '../../db/schema/index.ts';
import { setupBody } from '../auth/schemas.ts';
import { setupWorkspace } from '../auth/setup-workspace.ts';
import { setClientAssignments } from '../clients/client-assignments.ts';
import { createClients } from '../clients/create-clients.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import { createTask } from '../tasks/create-task.ts';
import { updateTask } from '../tasks/update-task.ts';
import { createUser } from '../users/create-user.ts';
import { parseCommandInput } from '../users/parse-input.ts';
import { countDemo, type DemoCounts } from './count-demo.ts';
import { createDemoBilling } from './create-demo-billing.ts';
import { createDemoDisruption } from './create-demo-disruption.ts';

export interface DemoWorkspaceOptions {
  /** The owner's sign-in e-mail (default: DEMO_OWNER's). */
  email?: string | undefined;
  /** The owner's password; the demo team gets the same one. */
  password: string;
  /** The same seed, `now` and zone give the same workspace. */
  seed: number;
  now: Date;
  timeZone: string;
  /** Where the app will be: the disruption's messages link to client pages there. */
  publicUrl?: string | undefined;
  /**
   * Called after each step (a client's timeline, a task, an agreement, a payment, the
   * disruption's declaration and each of its acts) with the steps done and the total.
   */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface DemoWorkspaceResult {
  workspace: { id: string; name: string };
  owner: { email: string; name: string };
  team: { email: string; name: string; role: string }[];
  counts: DemoCounts;
  plan: DemoPlan;
}

type Actors = Record<DemoUserKey, Actor>;

/**
 * Creates a demo workspace in an empty database, through the same commands the API
 * uses: the owner, the team, fifty clients, their timelines (which open and answer
 * callbacks as real ones do), tasks, billing — price list, agreements, adjustments,
 * a billing run through today and the payments — and a disruption ten days in, played
 * act by act. All in one transaction: it appears whole or not at all. A database that
 * already holds a workspace is refused, so demo data never mixes with real clients.
 */
export async function createDemoWorkspace(
  db: Db,
  options: DemoWorkspaceOptions,
): Promise<DemoWorkspaceResult> {
  const [existing] = await db.select({ name: workspaces.name }).from(workspaces).limit(1);
  if (existing) throw alreadySetUp(existing.name);
  const plan = buildDemoPlan({ ...options, paymentTermsDays: PAYMENT_TERMS_DAYS });
  const setup = parseCommandInput(setupBody, {
    workspaceName: DEMO_WORKSPACE_NAME,
    ownerName: DEMO_OWNER.name,
    email: options.email ?? DEMO_OWNER.email,
    password: options.password,
    timezone: options.timeZone,
    currency: plan.currency,
  });
  const total =
    plan.clients.length +
    plan.tasks.length +
    plan.billing.agreements.length +
    plan.billing.payments.length +
    1 +
    plan.disruption.acts.length;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);

  return db.transaction(async (tx) => {
    const { workspace, owner } = await setupWorkspace(tx, setup);
    const actors = await createTeam(tx, plan, options.password, {
      workspaceId: workspace.id,
      userId: owner.id,
      role: 'owner',
      label: owner.name,
    });
    const clientIds = await createDemoClients(tx, plan, actors, options.now);
    for (const [index, client] of plan.clients.entries()) {
      const clientId = clientIds[index] as string;
      if (client.standIn)
        await setClientAssignments(tx, actors.owner, clientId, [actors.jordan.userId as string]);
      for (const { at, by, ...touch } of client.touches) {
        await logInteraction(tx, actors[by], clientId, { ...touch, occurredAt: at }, options.now);
      }
      step();
    }
    for (const task of plan.tasks) {
      const { id } = await createTask(
        tx,
        actors.owner,
        {
          title: task.title,
          clientId: task.client === null ? null : clientIds[task.client],
          assigneeUserId: actors[task.assignee].userId,
          dueOn: task.dueOn,
        },
        options.now,
      );
      // Done in the past: the task's clock is the moment it was done.
      if (task.doneAt) await updateTask(tx, actors[task.assignee], id, { done: true }, task.doneAt);
      step();
    }
    await createDemoBilling(tx, { plan, actors, clientIds, now: options.now, step });
    const publicUrl = options.publicUrl ?? 'http://localhost:3000';
    await createDemoDisruption(tx, { plan, actors, clientIds, publicUrl, step });
    return {
      workspace: { id: workspace.id, name: workspace.name },
      owner: { email: owner.email, name: owner.name },
      team: plan.team.map(({ name, email, role }) => ({ name, email, role })),
      counts: await countDemo(tx, actors.owner, plan, options.now),
      plan,
    };
  });
}

/** The owner adds the team, as in the app; everyone acts as themself from then on. */
async function createTeam(tx: Db, plan: DemoPlan, password: string, owner: Actor): Promise<Actors> {
  const actors: Partial<Actors> = { owner };
  for (const { key, name, email, role } of plan.team) {
    const user = await createUser(tx, owner, { name, email, role, password });
    actors[key] = { workspaceId: owner.workspaceId, userId: user.id, role: user.role, label: user.name };
  }
  return actors as Actors;
}

async function createDemoClients(tx: Db, plan: DemoPlan, actors: Actors, now: Date): Promise<string[]> {
  const created = await createClients(
    tx,
    actors.owner,
    plan.clients.map(({ profile, ...client }) => ({
      kind: profile.kind,
      name: profile.name,
      company: profile.company,
      email: client.email,
      phone: client.phone,
      address: client.address,
      website: client.website,
      status: profile.status,
      ownerUserId: actors[client.owner].userId,
      tags: profile.tags,
      sells: profile.sells,
      sellsTags: profile.sellsTags,
      notes: client.notes,
      since: client.since,
    })),
    now,
  );
  return created.map((client) => client.id);
}

const alreadySetUp = (name: string) =>
  new AppError(
    'conflict',
    `This database already has a workspace (${name}); the demo only fills an empty one, so it never mixes with real clients`,
    [{ path: '', message: 'Give the demo its own database, e.g. DATA_DIR=./demo-data npx rapport demo' }],
  );
