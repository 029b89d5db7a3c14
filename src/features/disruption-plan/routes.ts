import type { App, RouteDeps } from '../../http/types.ts';

/** Step 5: plan steps, meetings with .ics invites, the client's input. (being built) */
export function disruptionPlanRoutes(_app: App, _deps: RouteDeps): void {}
