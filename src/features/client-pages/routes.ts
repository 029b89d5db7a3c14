import type { App, RouteDeps } from '../../http/types.ts';

/** Client private pages: links, and the public page itself. (being built) */
export function clientPageRoutes(_app: App, _deps: RouteDeps): void {}
