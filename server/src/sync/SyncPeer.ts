/** What a shared document needs from one connected client. */
export interface SyncPeer {
  readonly connectionId: string;
  /** The signed-in user behind the connection, for re-checking access when it changes. */
  readonly userId: string | undefined;
  /** False for reviewers, readers and locked documents: their updates are dropped, never applied. */
  canWrite: boolean;
  /**
   * True for a group given the draft for suggestions only (canWrite then false): its updates are applied only when
   * they add or withdraw its own suggestions (findSuggestionRefusal).
   */
  suggestOnly: boolean;
  /** Presence is shown only between peers whose scopes see each other (see access/presenceScope). */
  readonly presenceScope: string;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
