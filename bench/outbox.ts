import type { Suite } from './lib/suite.ts';

/** The outbox sender's delivery rate to an in-process SMTP receiver, with memory. (being built) */
export const outbox: Suite = {
  id: 'outbox',
  title: 'Outbox delivery (issue 5)',
  scale: { flag: 'messages', default: 5_000 },
  async run() {
    return { figures: [], details: [] };
  },
};
