import type { Suite } from './lib/suite.ts';

/**
 * Hard times on our side: declaring a disruption over many affected clients (outreach
 * tasks and queued messages) against a raw multi-row insert of the same rows, and the
 * board's figures (p95). (being built)
 */
export const disruptions: Suite = {
  id: 'disruptions',
  title: 'Hard times on our side (issue 5)',
  scale: { flag: 'affected', default: 10_000 },
  async run() {
    return { figures: [], details: [] };
  },
};
