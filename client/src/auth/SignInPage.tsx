import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { fetchProviders } from '../api/authApi';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SiteHeader } from '../start/SiteHeader';
import { useAuth } from './AuthContext';
import { currentReturnTo, oidcLoginHref } from './returnTo';
import { signInFailureMessage } from './signInFailureMessage';

type Field = 'email' | 'password';

/** Whether the municipality's own sign-in is offered; a failure to ask just leaves it out. */
function useOidcAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    fetchProviders(abort.signal).then(
      (providers) => setAvailable(providers.oidc),
      () => undefined,
    );
    return () => abort.abort();
  }, []);
  return available;
}

/**
 * `/logga-in`, and what every page shows instead of itself while nobody is signed in. Signing in keeps the
 * address, so the page that was asked for opens right after (the app redirects from `/logga-in` itself).
 */
export function SignInPage() {
  useDocumentTitle('Logga in – Yttra');
  const { state, store } = useAuth();
  const [location] = useLocation();
  const search = useSearch();
  const oidc = useOidcAvailable();
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; fields: Field[] } | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const notice = state.status === 'signed-out' ? state.notice : null;

  const fail = (message: string, fields: Field[]) => {
    setError({ message, fields });
    const first = fields[0];
    if (first === 'email') emailRef.current?.focus();
    else if (first === 'password') passwordRef.current?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signingIn) return;
    if (email.trim() === '') return fail('Skriv din e-postadress.', ['email']);
    if (password === '') return fail('Skriv ditt lösenord.', ['password']);
    setError(null);
    setSigningIn(true);
    try {
      await store.signIn(email.trim(), password);
    } catch (failure) {
      setSigningIn(false);
      setPassword('');
      fail(signInFailureMessage(failure), []);
    }
  };

  const invalid = (field: Field) => error !== null && (error.fields.length === 0 || error.fields.includes(field));
  const describedBy = (field: Field) => (invalid(field) ? errorId : undefined);

  return (
    <>
      <SkipLink />
      <SiteHeader />
      <MainContent className="page page--narrow">
        <section className="card" aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">Logga in</h1>
          {notice !== null && (
            <p role="status" className="notice notice--info">
              {notice}
            </p>
          )}
          <form className="stacked-form" onSubmit={handleSubmit} noValidate aria-busy={signingIn}>
            {error !== null && (
              <p id={errorId} role="alert" className="form-error">
                {error.message}
              </p>
            )}
            <label htmlFor={emailId}>E-postadress</label>
            <input
              ref={emailRef}
              id={emailId}
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={invalid('email') || undefined}
              aria-describedby={describedBy('email')}
            />
            <label htmlFor={passwordId}>Lösenord</label>
            <input
              ref={passwordRef}
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={invalid('password') || undefined}
              aria-describedby={describedBy('password')}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" aria-disabled={signingIn || undefined}>
                Logga in
              </button>
              {signingIn && <span className="muted">Loggar in …</span>}
            </div>
          </form>
          {oidc && (
            <p className="sign-in__alternative">
              <a className="button" href={oidcLoginHref(currentReturnTo(location, search))}>
                Logga in med kommunens inloggning
              </a>
            </p>
          )}
        </section>
      </MainContent>
    </>
  );
}
