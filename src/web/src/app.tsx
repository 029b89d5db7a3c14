import { useQuery } from '@tanstack/react-query';
import { authApi } from './api/auth.ts';
import { messageOf } from './api/client.ts';
import { Spinner } from './components/skeleton.tsx';
import { LoginPage } from './features/auth/login-page.tsx';
import { SessionContext, sessionKeys } from './features/auth/session.tsx';
import { SetupPage } from './features/auth/setup-page.tsx';
import { AppShell } from './features/shell/app-shell.tsx';
import { AppRoutes } from './routes.tsx';

/** First run → setup; signed out → login; otherwise the app at whatever URL was asked for. */
export function App() {
  const status = useQuery({ queryKey: sessionKeys.status, queryFn: authApi.status, staleTime: Infinity });
  const me = useQuery({
    queryKey: sessionKeys.me,
    queryFn: authApi.me,
    enabled: status.data?.setUp === true,
    staleTime: Infinity,
  });

  if (status.isError || me.isError) {
    return (
      <div className="full-page" role="alert">
        <p>Rapport cannot reach its server: {messageOf(status.error ?? me.error)}</p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
  if (status.isPending) return <FullPageSpinner />;
  if (!status.data.setUp) return <SetupPage />;
  if (me.isPending) return <FullPageSpinner />;
  if (!me.data) return <LoginPage />;
  return (
    <SessionContext.Provider value={me.data}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </SessionContext.Provider>
  );
}

function FullPageSpinner() {
  return (
    <div className="full-page">
      <Spinner label="Loading Rapport" />
    </div>
  );
}
