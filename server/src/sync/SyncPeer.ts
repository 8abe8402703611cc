/** What a shared document needs from one connected client. */
export interface SyncPeer {
  readonly connectionId: string;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
