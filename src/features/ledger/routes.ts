import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { checkLedger } from './check-ledger.ts';
import { ledgerCheckView, trialBalanceQuery, trialBalanceView } from './schemas.ts';
import { trialBalance } from './trial-balance.ts';

// Proving the books is the owner's, like reading the audit log.
function requireLedgerAuditor(actor: Actor): Actor {
  if (!policies.checkLedger(actor)) throw forbidden('Only the owner checks the ledger');
  return actor;
}

export function ledgerRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/ledger/check',
    {
      schema: {
        tags: ['billing'],
        summary:
          'Prove the ledger: every entry balances, every client owes its invoices less its payments (owner)',
        response: { 200: ledgerCheckView },
      },
    },
    async (request) => checkLedger(db, requireLedgerAuditor(actorOf(request)).workspaceId),
  );

  app.get(
    '/api/v1/ledger/balances',
    {
      schema: {
        tags: ['billing'],
        summary: 'Trial balance: debits, credits and balance of every account, derived from the journal',
        querystring: trialBalanceQuery,
        response: { 200: trialBalanceView },
      },
    },
    async (request) => trialBalance(db, actorOf(request), request.query, now()),
  );
}
