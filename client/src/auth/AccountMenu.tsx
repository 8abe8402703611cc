import { useState } from 'react';
import { useLocation } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import { colorForName } from '../identity/colorForName';
import { UserBadge } from '../identity/UserBadge';
import { useAuth } from './AuthContext';
import { SIGN_IN_PATH } from './returnTo';

/** Who is signed in, and the two ways out: this browser, or every device at once. */
export function AccountMenu() {
  const { state, store } = useAuth();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (state.status !== 'signed-in') return null;
  const name = state.session.user.displayName;

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      navigate(SIGN_IN_PATH);
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Det gick inte att logga ut. Försök igen.'));
      setBusy(false);
    }
  };

  return (
    <div className="account">
      <span className="account__who">
        Inloggad som <UserBadge name={name} color={colorForName(name)} />
      </span>
      <button
        type="button"
        className="button button--small"
        aria-disabled={busy || undefined}
        onClick={() => run(() => store.signOut())}
      >
        Logga ut
      </button>
      <button
        type="button"
        className="button button--small"
        aria-disabled={busy || undefined}
        onClick={() => run(() => store.signOutEverywhere())}
      >
        Logga ut överallt
      </button>
      {error !== null && (
        <p role="alert" className="form-error account__error">
          {error}
        </p>
      )}
    </div>
  );
}
