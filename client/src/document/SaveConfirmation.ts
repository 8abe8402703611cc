import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';

/** A typing pause this long asks the server for a receipt. */
export const RECEIPT_PAUSE_MS = 250;
/** During continuous typing a receipt is asked for at least this often. */
export const RECEIPT_MAX_WAIT_MS = 2_000;

type SyncHandler = WebsocketProvider['messageHandlers'][number];

/**
 * Knows whether the server has confirmed this browser's edits durable, not merely received them. The server
 * answers a connection's sync step 1s in order, each only once every update that connection sent before it is
 * stored (server/src/sync/SyncAnswers.ts). So after a typing pause an ordinary step 1 goes out over the provider's
 * socket as a receipt request, and the step 2 that answers it confirms every edit made before it was sent.
 *
 * The provider's own step 1 (sent when a socket opens) is answered first on each socket and is not ours. A new
 * socket forgets the requests of the old one; its handshake sends the server everything the server lacks (the
 * provider answers the server's step 1, which comes before the handshake's answer), so a request right after the
 * handshake covers every edit made so far, including those made offline.
 */
export class SaveConfirmation {
  /** Local changes noted so far, and how many of the first of them the server has confirmed. */
  private edits = 0;
  private confirmed = 0;
  /** For each receipt request in flight on the current socket, in the order sent: the edits it covers. */
  private requests: number[] = [];
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest edit no request covers yet was made. */
  private unrequestedSince: number | undefined;
  private readonly originalSyncHandler: SyncHandler;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly onChange: () => void,
  ) {
    this.originalSyncHandler = provider.messageHandlers[messageSync] as SyncHandler;
    provider.messageHandlers[messageSync] = this.handleSyncMessage;
    provider.on('status', this.handleStatus);
  }

  /** Every local edit so far is stored on the server, by its own word. */
  get allConfirmed(): boolean {
    return this.confirmed >= this.edits;
  }

  /** A change made here (typed, or loaded from this browser's own copy) that the server must confirm. */
  noteLocalEdit(): void {
    const wasConfirmed = this.allConfirmed;
    this.edits += 1;
    if (wasConfirmed) this.onChange();
    // Before the handshake's answer the provider's sync is not done: the request then goes right after it.
    if (!this.provider.synced) return;
    this.unrequestedSince ??= Date.now();
    clearTimeout(this.pauseTimer);
    const untilMaxWait = this.unrequestedSince + RECEIPT_MAX_WAIT_MS - Date.now();
    this.pauseTimer = setTimeout(this.requestReceipt, Math.max(0, Math.min(RECEIPT_PAUSE_MS, untilMaxWait)));
  }

  destroy(): void {
    clearTimeout(this.pauseTimer);
    this.provider.off('status', this.handleStatus);
    this.provider.messageHandlers[messageSync] = this.originalSyncHandler;
  }

  private readonly requestReceipt = (): void => {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    this.unrequestedSince = undefined;
    const socket = this.provider.ws;
    const covered = this.requests.at(-1) ?? this.confirmed;
    if (!this.provider.synced || socket === null || socket.readyState !== socket.OPEN) return;
    if (this.edits <= covered) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.provider.doc);
    socket.send(encoding.toUint8Array(encoder));
    this.requests.push(this.edits);
  };

  private readonly handleSyncMessage: SyncHandler = (encoder, decoder, provider, fromSocket, messageType) => {
    // Messages from other tabs (BroadcastChannel) come through here too; only the server's answers count.
    const isStep2 = fromSocket && decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
    const handshakeAnswer = isStep2 && !provider.synced;
    this.originalSyncHandler(encoder, decoder, provider, fromSocket, messageType);
    if (!isStep2) return;
    if (handshakeAnswer) {
      this.requests = [];
      if (!this.allConfirmed) this.requestReceipt();
      return;
    }
    const covered = this.requests.shift();
    if (covered === undefined || covered <= this.confirmed) return;
    const wasConfirmed = this.allConfirmed;
    this.confirmed = covered;
    if (this.allConfirmed !== wasConfirmed) this.onChange();
  };

  private readonly handleStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') return;
    // Answers to the old socket's requests will never come; the next handshake starts over.
    this.requests = [];
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    this.unrequestedSince = undefined;
  };
}
