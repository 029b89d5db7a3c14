import { useQuery } from '@tanstack/react-query';
import { settingsApi } from '../../api/admin.ts';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { settingsKeys } from './query-keys.ts';
import { ResponsePolicyForm } from './response-policy-form.tsx';
import { WorkspaceForm } from './workspace-form.tsx';

/** The workspace's identity and its promise on callbacks, each saved on its own. */
export function WorkspaceTab({ canEdit }: { canEdit: boolean }) {
  const settings = useQuery({ queryKey: settingsKeys.settings, queryFn: settingsApi.get });
  if (settings.isError) return <ErrorBanner error={settings.error} />;
  if (settings.isPending) {
    return (
      <section className="card">
        <Skeleton lines={6} label="Loading settings" />
      </section>
    );
  }
  return (
    <div className="settings-stack">
      <WorkspaceForm workspace={settings.data.workspace} canEdit={canEdit} />
      <ResponsePolicyForm policy={settings.data.responsePolicy} canEdit={canEdit} />
    </div>
  );
}
