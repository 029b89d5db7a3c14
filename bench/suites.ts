import { billingRun } from './billing-run.ts';
import { disruptionBoard } from './disruption-board.ts';
import { disruptions } from './disruptions.ts';
import type { Suite } from './lib/suite.ts';
import { outbox } from './outbox.ts';
import { relationshipCore } from './relationship-core.ts';
import { saveDesk } from './save-desk.ts';

/** Every suite `npm run bench` runs, in order. A new issue's cases add one line here. */
export const SUITES: Suite[] = [relationshipCore, billingRun, saveDesk, disruptions, outbox, disruptionBoard];
