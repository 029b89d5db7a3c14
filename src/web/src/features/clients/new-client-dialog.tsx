import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { type ClientInput, clientsApi } from '../../api/clients.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useToast } from '../../components/toaster.tsx';
import { ClientForm } from './client-form.tsx';

/** Adds a client and opens their page, where the relationship starts. */
export function NewClientDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [, navigate] = useLocation();
  const create = useMutation({
    mutationFn: (input: ClientInput) => clientsApi.create(input),
    onSuccess: async (client) => {
      toast(`${client.name} added`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      await queryClient.invalidateQueries({ queryKey: ['today'] });
      navigate(`/clients/${client.id}`);
    },
  });
  return (
    <Dialog
      title="New client"
      description="Only the name is needed now; add the rest whenever you like."
      open={open}
      onClose={() => {
        create.reset();
        onClose();
      }}
    >
      <ClientForm
        error={create.error}
        pending={create.isPending}
        submitLabel="Add client"
        onSubmit={(input) => create.mutate(input)}
        onCancel={onClose}
      />
    </Dialog>
  );
}
