import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, ListOrdered, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { planApi, planKeys } from '../../api/disruption-plan.ts';
import type { PlanStep, PlanStepState } from '../../api/disruption-plan-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../auth/session.tsx';
import { STEP_STATE_LABELS } from './oversight-labels.ts';
import { StepForm } from './plan-step-form.tsx';

const STATES: PlanStepState[] = ['planned', 'in_progress', 'done'];

/** The recovery plan in order, with each step's state; the team edits it, stand-ins read it. */
export function PlanSteps({ disruptionId, canEdit }: { disruptionId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const steps = useQuery({
    queryKey: planKeys.steps(disruptionId),
    queryFn: () => planApi.steps(disruptionId),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.steps(disruptionId) });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => planApi.reorder(disruptionId, ids),
    onSettled: refresh,
  });
  const items = steps.data?.items ?? [];
  const done = items.filter((step) => step.state === 'done').length;
  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((step) => step.id);
    const [id] = ids.splice(index, 1);
    if (id) ids.splice(index + by, 0, id);
    reorder.mutate(ids);
  };

  return (
    <section className="card" aria-labelledby="plan-heading">
      <header className="card-header">
        <h2 id="plan-heading">
          <ListOrdered size={17} aria-hidden="true" /> The plan
        </h2>
        {items.length > 0 && (
          <span className="muted">
            {done} of {items.length} done
          </span>
        )}
      </header>
      <div className="card-body">
        <ErrorBanner error={steps.error ?? reorder.error} />
        {steps.isSuccess && items.length === 0 && (
          <EmptyState icon={ListOrdered} title="No plan yet" compact>
            Write the steps back to normal; clients see them, and their progress, on their page.
          </EmptyState>
        )}
        <ol className="plan-steps">
          {items.map((step, index) => (
            <PlanStepItem
              key={step.id}
              disruptionId={disruptionId}
              step={step}
              canEdit={canEdit}
              onMove={canEdit ? (by) => move(index, by) : undefined}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              busy={reorder.isPending}
            />
          ))}
        </ol>
        {canEdit && <StepForm disruptionId={disruptionId} />}
      </div>
    </section>
  );
}

interface StepItemProps {
  disruptionId: string;
  step: PlanStep;
  canEdit: boolean;
  onMove: ((by: -1 | 1) => void) | undefined;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
}

function PlanStepItem({ disruptionId, step, canEdit, onMove, isFirst, isLast, busy }: StepItemProps) {
  const queryClient = useQueryClient();
  const timeZone = useTimeZone();
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.steps(disruptionId) });
  const setState = useMutation({
    mutationFn: (state: PlanStepState) => planApi.updateStep(disruptionId, step.id, { state }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () => planApi.removeStep(disruptionId, step.id),
    onSuccess: refresh,
  });
  if (editing) return <StepForm disruptionId={disruptionId} step={step} onDone={() => setEditing(false)} />;
  return (
    <li className={`plan-step plan-step-${step.state}`}>
      <div className="plan-step-main">
        <p className="plan-step-title">{step.title}</p>
        {step.detail && <p className="plan-step-detail pre-wrap">{step.detail}</p>}
        {step.doneAt && <p className="muted plan-step-done">Done {formatDateTime(step.doneAt, timeZone)}</p>}
        <ErrorBanner error={setState.error ?? remove.error} />
      </div>
      <div className="plan-step-side">
        {canEdit ? (
          <fieldset className="segmented">
            <legend className="visually-hidden">State of “{step.title}”</legend>
            {STATES.map((state) => (
              <button
                key={state}
                type="button"
                aria-pressed={step.state === state}
                disabled={setState.isPending}
                onClick={() => state !== step.state && setState.mutate(state)}
              >
                {STEP_STATE_LABELS[state]}
              </button>
            ))}
          </fieldset>
        ) : (
          <span className={`badge ${step.state === 'done' ? 'badge-success' : 'badge-neutral'}`}>
            {STEP_STATE_LABELS[step.state]}
          </span>
        )}
        {onMove && (
          <div className="plan-step-tools">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move “${step.title}” up`}
              disabled={isFirst || busy}
              onClick={() => onMove(-1)}
            >
              <ArrowUp size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move “${step.title}” down`}
              disabled={isLast || busy}
              onClick={() => onMove(1)}
            >
              <ArrowDown size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Edit “${step.title}”`}
              onClick={() => setEditing(true)}
            >
              <Pencil size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove “${step.title}”`}
              disabled={remove.isPending}
              onClick={() => window.confirm(`Remove “${step.title}” from the plan?`) && remove.mutate()}
            >
              <Trash2 size={16} aria-hidden="true" />
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
