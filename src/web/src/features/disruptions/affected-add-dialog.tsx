import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { disruptionKeys, disruptionsApi } from '../../api/disruptions.ts';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { useToast } from '../../components/toaster.tsx';
import { AffectedClientPicker, type PickedClient } from './affected-client-picker.tsx';
import { plural } from './disruption-labels.ts';

/** Add clients to the disruption: each gets the same outreach as at the declaration. */
export function AffectedAddDialog({
  disruptionId,
  open,
  onClose,
}: {
  disruptionId: string;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      title="Add affected clients"
      description="Each gets an outreach task now and, with an e-mail address, the outreach message."
      open={open}
      onClose={onClose}
    >
      <AddForm disruptionId={disruptionId} onDone={onClose} />
    </Dialog>
  );
}

function AddForm({ disruptionId, onDone }: { disruptionId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [picked, setPicked] = useState<PickedClient[]>([]);
  const add = useMutation({
    mutationFn: () =>
      disruptionsApi.addClients(disruptionId, { clientIds: picked.map((client) => client.id) }),
    onSuccess: async (result) => {
      const already = result.alreadyAffected
        ? `; ${plural(result.alreadyAffected, 'was', 'were')} in already`
        : '';
      toast(`${plural(result.outreach.clients, 'client')} added${already}`);
      onDone();
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.one(disruptionId) });
      await queryClient.invalidateQueries({ queryKey: disruptionKeys.list });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked.length > 0) add.mutate();
  };
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ErrorBanner error={add.error} />
      <AffectedClientPicker picked={picked} onChange={setPicked} />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={add.isPending || picked.length === 0}>
          {add.isPending ? 'Adding…' : picked.length ? `Add ${plural(picked.length, 'client')}` : 'Add'}
        </button>
      </div>
    </form>
  );
}
