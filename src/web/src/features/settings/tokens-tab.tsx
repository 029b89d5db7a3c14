import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { type CreatedToken, type TokenListItem, tokensApi } from '../../api/admin.ts';
import { Dialog } from '../../components/dialog.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner } from '../../components/error-banner.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useToast } from '../../components/toaster.tsx';
import { CreatedTokenNotice } from './created-token-notice.tsx';
import { NewTokenForm } from './new-token-form.tsx';
import { settingsKeys } from './query-keys.ts';
import { isUsable, TokenRow } from './token-row.tsx';

/** Your own API tokens: create one (its secret shown once), see when each was used, revoke. */
export function TokensTab() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<TokenListItem | null>(null);
  const tokens = useQuery({ queryKey: settingsKeys.tokens, queryFn: tokensApi.list });
  const revoke = useMutation({
    mutationFn: (token: TokenListItem) => tokensApi.revoke(token.id),
    onSuccess: async (token) => {
      setRevoking(null);
      toast(`${token.name} revoked`);
      await queryClient.invalidateQueries({ queryKey: settingsKeys.tokens });
    },
  });
  // Working tokens first, newest first (the API's order); revoked and expired ones below.
  const list = [...(tokens.data ?? [])].sort((a, b) => Number(isUsable(b)) - Number(isUsable(a)));

  return (
    <div className="settings-stack">
      <section className="card" aria-labelledby="new-token-heading">
        <header className="card-header">
          <div>
            <h2 id="new-token-heading">Create an API token</h2>
            <p className="card-subtitle">
              Scripts and other tools send it as <code>Authorization: Bearer …</code> and act as you, with
              your role. See the <a href="/api/docs">API reference</a>.
            </p>
          </div>
        </header>
        <div className="card-body">
          {created ? (
            <CreatedTokenNotice token={created} onDone={() => setCreated(null)} />
          ) : (
            <NewTokenForm onCreated={setCreated} />
          )}
        </div>
      </section>
      <section className="card" aria-labelledby="tokens-heading">
        <header className="card-header">
          <h2 id="tokens-heading">
            Your tokens <span className="card-count">{list.filter(isUsable).length} active</span>
          </h2>
        </header>
        {tokens.error && (
          <div className="card-body">
            <ErrorBanner error={tokens.error} />
          </div>
        )}
        {tokens.isPending ? (
          <Skeleton lines={3} label="Loading tokens" />
        ) : list.length === 0 ? (
          <EmptyState icon={KeyRound} title="No API tokens yet" compact>
            Create one above when a script or another tool needs to reach Rapport.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table admin-table stack-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Token</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">
                    <span className="visually-hidden">Status and actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((token) => (
                  <TokenRow key={token.id} token={token} onRevoke={() => setRevoking(token)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <Dialog
        title={revoking ? `Revoke ${revoking.name}?` : 'Revoke token'}
        open={revoking !== null}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
      >
        <p>Anything still using this token is refused from now on. This cannot be undone.</p>
        <ErrorBanner error={revoke.error} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={() => setRevoking(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={revoke.isPending}
            onClick={() => revoking && revoke.mutate(revoking)}
          >
            {revoke.isPending ? 'Revoking…' : 'Revoke token'}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
