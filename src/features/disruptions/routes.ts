import type { App, RouteDeps } from '../../http/types.ts';

/** Disruptions: declare, affected clients, outreach, communicate, time frame. (being built) */
export function disruptionRoutes(_app: App, _deps: RouteDeps): void {}
