import type { App, RouteDeps } from '../../http/types.ts';

/** The outbox: messages, their delivery state, retry, preview. (being built) */
export function outboxRoutes(_app: App, _deps: RouteDeps): void {}
