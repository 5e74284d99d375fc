// The console: sign in, then the pages for the viewer's region. The session lives in sessionStorage
// (a tab signs in on its own; closing it signs out).
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { ClientProvider } from './lib/api.js';
import { ROLE_LABELS } from './lib/labels.js';
import { isOfficial } from './lib/scope.js';
import { clearSession, loadSession, saveSession, type Session } from './lib/session.js';
import { QueryPanelProvider } from './lib/source.js';
import { Loading } from './components/Status.js';
import { SignIn } from './pages/SignIn.js';

// each page loads when first opened: the sign-in page does not wait for the charts
const CompanyPage = lazy(() => import('./pages/CompanyPage.js').then((m) => ({ default: m.CompanyPage })));
const EstatePage = lazy(() => import('./pages/EstatePage.js').then((m) => ({ default: m.EstatePage })));
const Overview = lazy(() => import('./pages/Overview.js').then((m) => ({ default: m.Overview })));
const RegionPage = lazy(() => import('./pages/RegionPage.js').then((m) => ({ default: m.RegionPage })));
const Rankings = lazy(() => import('./pages/Rankings.js').then((m) => ({ default: m.Rankings })));
const Regulations = lazy(() => import('./pages/Regulations.js').then((m) => ({ default: m.Regulations })));

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const [location, navigate] = useLocation();
  // a token that expired while the tab was open: back to sign-in, saying why
  useEffect(() => {
    if (session?.expiresAt !== undefined && session.expiresAt * 1000 <= Date.now()) {
      clearSession();
      setSession(null);
      setNotice('登录已过期，请重新登录 — the session expired: sign in again');
    }
  }, [location, session]);
  const signIn = (next: Session) => {
    saveSession(next);
    setNotice(null);
    setSession(next);
    navigate(next.role === 'COMPANY' && next.companyId ? `/companies/${next.companyId}` : '/');
  };
  const signOut = () => {
    clearSession();
    setSession(null);
    navigate('/');
  };

  return (
    <ClientProvider session={session}>
      <QueryPanelProvider>
        {session ? (
          <div className="shell">
            <header className="top">
              <Link href="/" className="brand">
                物业监管联邦平台
              </Link>
              <nav>
                {isOfficial(session) ? (
                  <>
                    <Link href="/">概况</Link>
                    <Link href={`/regions/${session.region}`} data-testid="nav-drill-down">
                      逐级下钻
                    </Link>
                    <Link href="/rankings">排名</Link>
                  </>
                ) : null}
                {session.companyId ? <Link href={`/companies/${session.companyId}`}>本企业</Link> : null}
                <Link href="/regulations">法规检索</Link>
              </nav>
              <span className="viewer" data-testid="viewer">
                {ROLE_LABELS[session.role] ?? session.role} · {session.region}
              </span>
              <button type="button" onClick={signOut} data-testid="sign-out">
                退出
              </button>
            </header>
            <main className="page">
              <Suspense fallback={<Loading />}>
                <Switch>
                  <Route path="/regions/:code">{(p) => <RegionPage key={p.code} session={session} code={p.code} />}</Route>
                  <Route path="/estates/:id">{(p) => <EstatePage key={p.id} session={session} id={p.id} />}</Route>
                  <Route path="/companies/:id">{(p) => <CompanyPage key={p.id} id={p.id} />}</Route>
                  <Route path="/rankings">
                    <Rankings session={session} />
                  </Route>
                  <Route path="/regulations">
                    <Regulations />
                  </Route>
                  <Route path="/">{isOfficial(session) ? <Overview session={session} /> : <Redirect to="/regulations" />}</Route>
                  <Route>
                    <p>页面不存在。</p>
                  </Route>
                </Switch>
              </Suspense>
            </main>
          </div>
        ) : (
          <SignIn onSignedIn={signIn} notice={notice} />
        )}
      </QueryPanelProvider>
    </ClientProvider>
  );
}
