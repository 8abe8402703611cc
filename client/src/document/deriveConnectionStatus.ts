import type { AccessMode } from './documentAccessMode';
import { COPY_THEN_REFETCH, refusalMessage } from './refusal';

export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

export type ConnectionState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'unsaved' | 'refused';

export interface ConnectionFacts {
  providerStatus: ProviderStatus;
  /** The provider has exchanged state with the server on the current connection. */
  synced: boolean;
  /** The browser believes it has a network (navigator.onLine and its events). */
  online: boolean;
  /** Close code of a final refusal, or null. */
  refusedCode: number | null;
  /** Local edits the server has not yet confirmed stored (see SaveConfirmation). */
  pendingLocalChanges: boolean;
  /** A connection attempt failed or dropped, and none has succeeded since. */
  connectionLost: boolean;
  /** The server said it dropped a change from here, or that the right to change the text ended. */
  writeDenied: boolean;
}

/** Why edits made here will never be saved, by what the account may do now. */
const UNSAVED_LABELS: Record<AccessMode, string> = {
  locked: `Paragrafen har justerats och låsts, så dina senaste ändringar sparades inte. ${COPY_THEN_REFETCH}`,
  suggest: `Du kan bara föreslå ändringar här, så dina senaste ändringar sparades inte. ${COPY_THEN_REFETCH}`,
  comment: `Du kan inte längre ändra texten, så dina senaste ändringar sparades inte. ${COPY_THEN_REFETCH}`,
  read: `Du kan inte längre ändra texten, så dina senaste ändringar sparades inte. ${COPY_THEN_REFETCH}`,
  write: `Servern tog inte emot dina senaste ändringar, så de sparades inte. ${COPY_THEN_REFETCH}`,
};

const CONNECTED_LABELS: Record<Exclude<AccessMode, 'write' | 'suggest'>, string> = {
  locked: 'Paragrafen är justerad och låst.',
  comment: 'Ansluten – du kan kommentera men inte ändra texten',
  read: 'Ansluten – du kan läsa men inte ändra texten',
};

export interface ConnectionStatus {
  state: ConnectionState;
  label: string;
}

/**
 * One place decides what the user is told about connection and saving, ordered by what matters most:
 * a refusal overrides everything, then edits the server will never take, then whether edits can reach the
 * server at all, then whether they have.
 */
export function deriveConnectionStatus(facts: ConnectionFacts, mode: AccessMode = 'write'): ConnectionStatus {
  if (facts.refusedCode !== null) return { state: 'refused', label: refusalMessage(facts.refusedCode) };
  // Edits the server dropped are never confirmed: they exist only here, and the user must know before anything else.
  if (facts.writeDenied && facts.pendingLocalChanges) return { state: 'unsaved', label: UNSAVED_LABELS[mode] };
  // Someone who cannot write has no edits to keep; they are told what they are looking at instead.
  const edits = mode === 'write' || mode === 'suggest';
  const offlineSuffix = edits ? 'ändringar sparas lokalt' : 'du ser den senast hämtade versionen';
  if (!facts.online) return { state: 'offline', label: `Offline – ${offlineSuffix}` };
  if (facts.providerStatus === 'connected') {
    if (!facts.synced) return { state: 'syncing', label: 'Synkroniserar …' };
    if (mode !== 'write' && mode !== 'suggest') return { state: 'synced', label: CONNECTED_LABELS[mode] };
    if (facts.pendingLocalChanges) return { state: 'syncing', label: 'Sparar …' };
    if (mode === 'suggest')
      return { state: 'synced', label: 'Ansluten – du kan föreslå ändringar, alla förslag sparade' };
    return { state: 'synced', label: 'Ansluten – alla ändringar sparade' };
  }
  // The browser says it is online, but the server cannot be reached: for the user that is still offline.
  if (facts.connectionLost || facts.providerStatus === 'disconnected') {
    return { state: 'offline', label: `Offline – ingen kontakt med servern, ${offlineSuffix}` };
  }
  return { state: 'connecting', label: 'Ansluter …' };
}
