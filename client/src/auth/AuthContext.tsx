import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { Session } from '../api/session';
import { type AuthState, AuthStore } from './authStore';

const AuthStoreContext = createContext<AuthStore | null>(null);

export function AuthProvider({ children, store }: { children: ReactNode; store?: AuthStore }) {
  const [authStore] = useState(() => store ?? new AuthStore());
  useEffect(() => authStore.start(), [authStore]);
  return <AuthStoreContext.Provider value={authStore}>{children}</AuthStoreContext.Provider>;
}

function useAuthStore(): AuthStore {
  const store = useContext(AuthStoreContext);
  if (!store) throw new Error('useAuth används utanför AuthProvider');
  return store;
}

export interface Auth {
  state: AuthState;
  store: AuthStore;
}

export function useAuth(): Auth {
  const store = useAuthStore();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return { state, store };
}

/** The signed-in session; only for pages that are rendered when someone is signed in. */
export function useSession(): Session {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useSession kräver en inloggad användare');
  return state.session;
}
