export const ROLES = ['owner', 'staff', 'stand_in'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, and for which workspace. Every command receives one. */
export interface Actor {
  workspaceId: string;
  /** Null for the system itself (migrations, demo seeding, CLI maintenance). */
  userId: string | null;
  role: Role;
  /** Shown in the audit log. */
  label: string;
}

/** One-line permission rules. Services call these; handlers never decide on their own. */
export const policies = {
  manageUsers: (actor: Actor) => actor.role === 'owner',
  manageSettings: (actor: Actor) => actor.role === 'owner',
  readAudit: (actor: Actor) => actor.role === 'owner',
  /** Stand-ins work only on the clients assigned to them. */
  seesAllClients: (actor: Actor) => actor.role !== 'stand_in',
  createClients: (actor: Actor) => actor.role !== 'stand_in',
  archiveClients: (actor: Actor) => actor.role !== 'stand_in',
  importExport: (actor: Actor) => actor.role !== 'stand_in',
  /** Stand-ins see only tasks assigned to them or on their clients. */
  seesAllTasks: (actor: Actor) => actor.role !== 'stand_in',
  /** Money is the owner's and staff's business; a stand-in keeps relationships, not accounts. */
  seeBilling: (actor: Actor) => actor.role !== 'stand_in',
  /** Agreements and payments are day-to-day work. */
  writeBilling: (actor: Actor) => actor.role !== 'stand_in',
  /** The price list, billing runs and voiding posted invoices are the owner's. */
  managePlans: (actor: Actor) => actor.role === 'owner',
  runBilling: (actor: Actor) => actor.role === 'owner',
  voidInvoices: (actor: Actor) => actor.role === 'owner',
  checkLedger: (actor: Actor) => actor.role === 'owner',
  /** Anyone may log "the call" on a client they see; offers and outcomes move money, so not stand-ins. */
  grantSaveOffers: (actor: Actor) => actor.role !== 'stand_in',
  /** Declaring a disruption, its time frame, plan and resolution: the team, not a stand-in. */
  manageDisruptions: (actor: Actor) => actor.role !== 'stand_in',
  /** "Don't accept 'Everything's fine'": the owner reviews every stand-in's report and what they touched. */
  reviewReports: (actor: Actor) => actor.role === 'owner',
  /** Mail is sent for the whole workspace; stand-ins work through their clients' pages. */
  manageOutbox: (actor: Actor) => actor.role !== 'stand_in',
} as const;

export function systemActor(workspaceId: string, label = 'system'): Actor {
  return { workspaceId, userId: null, role: 'owner', label };
}
