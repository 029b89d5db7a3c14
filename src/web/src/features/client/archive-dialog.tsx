import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clientsApi } from '../../api/clients.ts';
import type { Client } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';

/** Archiving hides a client from lists but keeps every interaction; it can be undone. */
export function ArchiveDialog({
  client,
  open,
  onClose,
}: {
  client: Client;
  open: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const archived = Boolean(client.archivedAt);
  const change = useMutation({
    mutationFn: () => (archived ? clientsApi.unarchive(client.id) : clientsApi.archive(client.id)),
    onSuccess: async () => {
      toast(archived ? `${client.name} restored` : `${client.name} archived`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['client', client.id] });
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      await queryClient.invalidateQueries({ queryKey: ['today'] });
    },
  });
  return (
    <Dialog
      title={archived ? `Restore ${client.name}?` : `Archive ${client.name}?`}
      open={open}
      onClose={() => {
        change.reset();
        onClose();
      }}
    >
      <p className="muted">
        {archived
          ? 'They will show in the client list again.'
          : 'They will no longer show in the client list. Their history, callbacks and tasks are kept, and you can restore them at any time.'}
      </p>
      <ErrorBanner error={change.error} />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={`btn ${archived ? 'btn-primary' : 'btn-danger'}`}
          onClick={() => change.mutate()}
          disabled={change.isPending}
        >
          {archived ? 'Restore client' : 'Archive client'}
        </button>
      </div>
    </Dialog>
  );
}
