import type { App, RouteDeps } from '../../http/types.ts';

/** Resolution and step 6's thank-yous. (being built) */
export function disruptionThanksRoutes(_app: App, _deps: RouteDeps): void {}
