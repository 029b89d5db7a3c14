import { Check } from 'lucide-react';
import type { SaveCase } from '../../api/saves-types.ts';

type State = 'done' | 'current' | 'upcoming';

/** Where the call stands: listening first, then offers, then the outcome. */
export function CallSteps({ saveCase }: { saveCase: SaveCase | undefined }) {
  const isClosed = Boolean(saveCase && saveCase.status !== 'open');
  const hasAccepted = Boolean(saveCase?.offers.some((offer) => offer.status === 'accepted'));
  const steps: { label: string; state: State; href: string }[] = [
    { label: 'Listen', state: saveCase ? 'done' : 'current', href: '#listen-heading' },
    {
      label: 'Offers',
      state: !saveCase ? 'upcoming' : isClosed || hasAccepted ? 'done' : 'current',
      href: '#offers',
    },
    { label: 'Outcome', state: isClosed ? 'done' : hasAccepted ? 'current' : 'upcoming', href: '#outcome' },
  ];
  return (
    <ol className="call-steps" aria-label="Steps of the call">
      {steps.map((step, index) => (
        <li
          key={step.label}
          className={`call-step call-step-${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="call-step-mark" aria-hidden="true">
            {step.state === 'done' ? <Check size={13} strokeWidth={3} /> : index + 1}
          </span>
          {step.state === 'upcoming' ? <span>{step.label}</span> : <a href={step.href}>{step.label}</a>}
          <span className="visually-hidden">
            {step.state === 'done' ? ' (done)' : step.state === 'current' ? ' (now)' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
