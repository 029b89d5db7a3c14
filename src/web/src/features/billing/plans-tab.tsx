import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, Plus, Tags } from 'lucide-react';
import { useState } from 'react';
import { plansApi } from '../../api/billing.ts';
import type { Plan } from '../../api/billing-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { formatMoney } from '../../lib/format.ts';
import { billingKeys } from './billing-keys.ts';
import { INTERVAL_LABELS, PER_INTERVAL } from './labels.ts';
import { NewPlanDialog } from './new-plan-dialog.tsx';

/** The price list. The owner adds plans and archives old ones; agreements keep their price. */
export function PlansTab({ canEdit }: { canEdit: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const plans = useQuery({
    queryKey: [...billingKeys.plans, { showArchived }],
    queryFn: () => plansApi.list(showArchived),
  });
  const archive = useMutation({
    mutationFn: (plan: Plan) => plansApi.update(plan.id, { archived: !plan.archivedAt }),
    onSuccess: async (plan) => {
      toast(plan.archivedAt ? `“${plan.name}” archived` : `“${plan.name}” is on the price list again`);
      await queryClient.invalidateQueries({ queryKey: billingKeys.plans });
    },
  });
  const items = plans.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="plans-heading">
      <header className="card-header">
        <div>
          <h2 id="plans-heading">
            Price list {items.length > 0 && <span className="card-count">{items.length}</span>}
          </h2>
          <p className="card-subtitle">
            {canEdit
              ? 'Archived plans stay on the agreements made with them; new agreements cannot use them.'
              : 'Only the owner changes the price list.'}
          </p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="link-button"
            aria-pressed={showArchived}
            onClick={() => setShowArchived((value) => !value)}
          >
            {showArchived ? 'Hide archived' : 'Show archived'}
          </button>
          {canEdit && (
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              <Plus size={16} aria-hidden="true" /> Add plan
            </button>
          )}
        </div>
      </header>
      {(plans.error || archive.error) && (
        <div className="card-body">
          <ErrorBanner error={plans.error ?? archive.error} />
        </div>
      )}
      {plans.isPending ? (
        <Skeleton lines={4} label="Loading plans" />
      ) : items.length === 0 ? (
        <EmptyState compact icon={Tags} title="No plans yet">
          {canEdit
            ? 'Add what you sell — “Monthly coaching, 120 a month” — to sign clients in a click.'
            : 'The owner adds plans here.'}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table admin-table">
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col" className="num">
                  Price
                </th>
                <th scope="col">Billed</th>
                <th scope="col">Status</th>
                {canEdit && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((plan) => (
                <tr key={plan.id} className={plan.archivedAt ? 'row-muted' : undefined}>
                  <td className="cell-strong">{plan.name}</td>
                  <td className="num tabular">
                    {formatMoney(plan.priceMinor, plan.currency)}{' '}
                    <span className="muted">{PER_INTERVAL[plan.interval]}</span>
                  </td>
                  <td>{INTERVAL_LABELS[plan.interval]}</td>
                  <td>
                    <span className={`badge ${plan.archivedAt ? 'badge-neutral' : 'badge-success'}`}>
                      {plan.archivedAt ? 'Archived' : 'Available'}
                    </span>
                  </td>
                  {canEdit && (
                    <td className="cell-actions">
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        disabled={archive.isPending && archive.variables?.id === plan.id}
                        onClick={() => archive.mutate(plan)}
                        aria-label={`${plan.archivedAt ? 'Restore' : 'Archive'} ${plan.name}`}
                      >
                        {plan.archivedAt ? (
                          <ArchiveRestore size={15} aria-hidden="true" />
                        ) : (
                          <Archive size={15} aria-hidden="true" />
                        )}
                        {plan.archivedAt ? 'Restore' : 'Archive'}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewPlanDialog open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}
