import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ClientInput, clientsApi } from '../../api/clients.ts';
import type { Client } from '../../api/types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useToast } from '../../components/toaster.tsx';
import { ClientForm } from '../clients/client-form.tsx';

export function EditClientDialog({
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
  const update = useMutation({
    mutationFn: (input: ClientInput) => clientsApi.update(client.id, input),
    onSuccess: async () => {
      toast('Changes saved');
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['client', client.id] });
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Dialog title={`Edit ${client.name}`} open={open} onClose={close}>
      <ClientForm
        client={client}
        error={update.error}
        pending={update.isPending}
        submitLabel="Save changes"
        onSubmit={(input) => update.mutate(input)}
        onCancel={close}
      />
    </Dialog>
  );
}
