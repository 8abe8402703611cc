import type { Credential } from '../accounts/Credential';
import type { Access } from './decideAccess';

/** Who holds a live channel (WebSocket, comment stream) on which document, and with what credential. */
export interface ChannelSubject {
  readonly userId: string;
  readonly credential: Credential;
  readonly documentId: string;
}

/** Why a channel may not (or no longer) stay open. */
export type ChannelRefusal = 'signed-out' | 'no-access' | 'unknown-document' | 'unavailable';

/** What a live channel may do right now. */
export type ChannelVerdict =
  | { open: true; access: Access; presenceScope: string }
  | { open: false; because: ChannelRefusal };
