export * from './audit.ts';
export * from './billing.ts';
export * from './clients.ts';
export * from './interactions.ts';
export * from './saves.ts';
export * from './tasks.ts';
export * from './users.ts';
export * from './workspaces.ts';
