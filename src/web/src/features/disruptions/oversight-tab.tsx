import { useSession } from '../auth/session.tsx';
import { OversightAssign } from './oversight-assign.tsx';
import { OversightDigest } from './oversight-digest.tsx';
import { OversightReports } from './oversight-reports.tsx';
import { OversightStandIn } from './oversight-stand-in.tsx';

/**
 * Step 3: "If someone fills in for you, oversee them carefully." The team assigns
 * stand-ins and reads their reports; the owner accepts or sends each back and sees what
 * every stand-in touched. A stand-in sees their own clients and reports.
 */
export function OversightTab({ disruptionId }: { disruptionId: string }) {
  const { user } = useSession();
  if (user.role === 'stand_in') return <OversightStandIn disruptionId={disruptionId} />;
  const isOwner = user.role === 'owner';
  return (
    <div className="oversight-grid">
      <OversightReports disruptionId={disruptionId} canReview={isOwner} />
      <OversightAssign disruptionId={disruptionId} />
      {isOwner && <OversightDigest disruptionId={disruptionId} />}
    </div>
  );
}
