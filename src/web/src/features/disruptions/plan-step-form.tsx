import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { planApi, planKeys } from '../../api/disruption-plan.ts';
import type { PlanStep } from '../../api/disruption-plan-types.ts';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';

/** Adds a step to the plan, or edits one in place (then it sits in the list as an item). */
export function StepForm({
  disruptionId,
  step,
  onDone,
}: {
  disruptionId: string;
  step?: PlanStep;
  onDone?: () => void;
}) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(step?.title ?? '');
  const [detail, setDetail] = useState(step?.detail ?? '');
  const save = useMutation({
    mutationFn: () =>
      step
        ? planApi.updateStep(disruptionId, step.id, { title, detail })
        : planApi.addStep(disruptionId, { title, detail }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.steps(disruptionId) });
      setTitle('');
      setDetail('');
      onDone?.();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const Wrapper = step ? 'li' : 'div';
  return (
    <Wrapper className="plan-step-form">
      <form
        className="form-stack"
        onSubmit={submit}
        noValidate
        aria-label={step ? 'Edit step' : 'Add a step'}
      >
        <ErrorBanner error={save.error} fields={['title', 'detail']} />
        <Field label={step ? 'Step' : 'New step'} error={fieldError(save.error, 'title')}>
          <input
            value={title}
            maxLength={200}
            placeholder="Hire a temporary designer to cover the backlog"
            onChange={(event) => setTitle(event.target.value)}
          />
        </Field>
        <Field label="Detail" optional error={fieldError(save.error, 'detail')}>
          <textarea
            rows={2}
            value={detail}
            maxLength={4000}
            onChange={(event) => setDetail(event.target.value)}
          />
        </Field>
        <div className="form-actions">
          {onDone && (
            <button type="button" className="btn btn-ghost btn-small" onClick={onDone}>
              Cancel
            </button>
          )}
          <button
            type="submit"
            className="btn btn-primary btn-small"
            disabled={save.isPending || !title.trim()}
          >
            {step ? 'Save step' : 'Add step'}
          </button>
        </div>
      </form>
    </Wrapper>
  );
}
