import type { App, RouteDeps } from '../../http/types.ts';

/** Step 3: stand-ins, their reports, the owner's review and digest. (being built) */
export function oversightRoutes(_app: App, _deps: RouteDeps): void {}
