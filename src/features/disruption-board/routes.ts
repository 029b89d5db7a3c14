import type { App, RouteDeps } from '../../http/types.ts';

/** The board: affected clients x six steps, and its figures. (being built) */
export function disruptionBoardRoutes(_app: App, _deps: RouteDeps): void {}
