import { useSession } from '../auth/session.tsx';
import { MeetingList } from './meeting-list.tsx';
import { PlanInputs } from './plan-inputs.tsx';
import { PlanSteps } from './plan-steps.tsx';

/**
 * Step 5: "Tell them your plan. Meet with them (face to face is best)… Ask for their input
 * as well." The plan's steps, meetings with each client, and what clients said.
 */
export function PlanTab({ disruptionId }: { disruptionId: string }) {
  const { user } = useSession();
  return (
    <div className="plan-grid">
      <PlanSteps disruptionId={disruptionId} canEdit={user.role !== 'stand_in'} />
      <MeetingList disruptionId={disruptionId} />
      <PlanInputs disruptionId={disruptionId} />
    </div>
  );
}
