export interface TextRights {
  canWrite: boolean;
  suggestOnly: boolean;
}

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
  /**
   * Sets what the peer may change from now on (canWrite, suggestOnly), and tells its client when that is less
   * than before, so its editor stops offering changes the server would drop.
   */
  allow(rights: TextRights): void;
  /** Presence is shown only between peers whose scopes see each other (see access/presenceScope). */
  readonly presenceScope: string;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
