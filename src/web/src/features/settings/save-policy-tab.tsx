import { useQuery } from '@tanstack/react-query';
import { policyApi } from '../../api/saves.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { saveKeys } from '../saves/save-keys.ts';
import { SavePolicyForm } from '../saves/save-policy-form.tsx';
import { SaveReasonsForm } from '../saves/save-reasons-form.tsx';

/** How far the save desk may go without the owner, and the reasons clients give; each saved on its own. */
export function SavePolicyTab({ canEdit }: { canEdit: boolean }) {
  const policy = useQuery({ queryKey: saveKeys.policy, queryFn: policyApi.get });
  if (policy.isError) return <ErrorBanner error={policy.error} />;
  if (policy.isPending) {
    return (
      <section className="card">
        <Skeleton lines={6} label="Loading the save policy" />
      </section>
    );
  }
  return (
    <div className="settings-stack">
      <SavePolicyForm policy={policy.data.saves} canEdit={canEdit} />
      <SaveReasonsForm reasons={policy.data.saveReasons} canEdit={canEdit} />
    </div>
  );
}
