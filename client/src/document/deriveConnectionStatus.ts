import { refusalMessage } from './refusal';

export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

export type ConnectionState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'refused';

export interface ConnectionFacts {
  providerStatus: ProviderStatus;
  /** The provider has exchanged state with the server on the current connection. */
  synced: boolean;
  /** The browser believes it has a network (navigator.onLine and its events). */
  online: boolean;
  /** Close code of a final refusal, or null. */
  refusedCode: number | null;
  /** Local edits that have not yet left this browser over the socket. */
  pendingLocalChanges: boolean;
  /** A connection attempt failed or dropped, and none has succeeded since. */
  connectionLost: boolean;
}

export interface ConnectionStatus {
  state: ConnectionState;
  label: string;
}

/**
 * One place decides what the user is told about connection and saving, ordered by what matters most:
 * a refusal overrides everything, then whether edits can reach the server at all, then whether they have.
 */
export function deriveConnectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.refusedCode !== null) return { state: 'refused', label: refusalMessage(facts.refusedCode) };
  if (!facts.online) return { state: 'offline', label: 'Offline – ändringar sparas lokalt' };
  if (facts.providerStatus === 'connected') {
    if (!facts.synced) return { state: 'syncing', label: 'Synkroniserar …' };
    if (facts.pendingLocalChanges) return { state: 'syncing', label: 'Sparar …' };
    return { state: 'synced', label: 'Ansluten – alla ändringar sparade' };
  }
  // The browser says it is online, but the server cannot be reached: for the user that is still offline.
  if (facts.connectionLost || facts.providerStatus === 'disconnected') {
    return { state: 'offline', label: 'Offline – ingen kontakt med servern, ändringar sparas lokalt' };
  }
  return { state: 'connecting', label: 'Ansluter …' };
}
