import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client.ts';
import { App } from './app.tsx';
import { Toaster } from './components/toaster.tsx';
import { sessionKeys } from './features/auth/session.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/admin.css';
import './styles/billing.css';
import './styles/saves.css';
import './styles/disruptions.css';
import './styles/disruption-board.css';
import './styles/oversight-plan.css';
import './styles/outbox.css';

// A session that ends (expired, signed out elsewhere) sends the user back to sign in.
const onError = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(sessionKeys.me, null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Toaster>
          <App />
        </Toaster>
      </QueryClientProvider>
    </StrictMode>,
  );
