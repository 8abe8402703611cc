import { CloseCode, WriteDenial } from '@yttra/protocol';
import type { Logger } from '../log';
import type { DocumentRegistry } from './DocumentRegistry';
import { UnknownDocumentError } from './DocumentRegistry';
import { encodePermissionDenied } from './encodeServerMessage';
import { MalformedMessageError, readClientMessage } from './readClientMessage';
import type { SharedDocument } from './SharedDocument';
import type { SyncPeer, TextRights } from './SyncPeer';

/** The slice of a WebSocket a connection needs; `readyState` 1 means open. */
export interface SocketLike {
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** The outcome of checking a connection's credentials against the document, before anything is sent. */
export type ConnectionAuthorization =
  | { allowed: true; canWrite: boolean; suggestOnly: boolean; presenceScope: string; userId: string }
  | { allowed: false; code: number; reason: string };

/** Frames a client may send while its document is still loading; more means it is not a y-websocket client. */
const MAX_FRAMES_BEFORE_LOAD = 256;

/**
 * One client's y-websocket session on one document. Frames that arrive while the document loads are
 * held and handled in order once it is ready; the first frame that cannot be decoded ends the session.
 */
export class SyncConnection implements SyncPeer {
  private document: SharedDocument | undefined;
  private readonly framesBeforeLoad: Uint8Array[] = [];
  private closed = false;
  canWrite = false;
  suggestOnly = false;
  userId: string | undefined;
  presenceScope = 'nobody';
  /** Set once a close was requested: frames still in flight from the client are ignored. */
  private closing = false;

  constructor(
    readonly connectionId: string,
    readonly documentId: string,
    private readonly socket: SocketLike,
    private readonly registry: DocumentRegistry,
    private readonly log: Logger,
    private readonly authorize: () => Promise<ConnectionAuthorization>,
  ) {}

  async open(): Promise<void> {
    // Refusals happen before the document is touched, so a refused client receives no content at all.
    let authorization: ConnectionAuthorization;
    try {
      authorization = await this.authorize();
    } catch (error) {
      this.log.error(
        { documentId: this.documentId, connectionId: this.connectionId, err: error },
        'authorization failed',
      );
      this.close(CloseCode.loadFailed, 'authorization failed');
      return;
    }
    if (!authorization.allowed) {
      this.close(authorization.code, authorization.reason);
      return;
    }
    this.canWrite = authorization.canWrite;
    this.suggestOnly = authorization.suggestOnly;
    this.userId = authorization.userId;
    this.presenceScope = authorization.presenceScope;
    if (this.closed) return;
    let document: SharedDocument;
    try {
      document = await this.registry.acquire(this.documentId);
    } catch (error) {
      if (error instanceof UnknownDocumentError) {
        this.close(CloseCode.unknownDocument, 'unknown document');
      } else {
        this.log.error({ documentId: this.documentId, connectionId: this.connectionId, err: error }, 'load failed');
        this.close(CloseCode.loadFailed, 'document could not be loaded');
      }
      return;
    }
    if (this.closed) {
      await this.registry.release(document);
      return;
    }
    this.document = document;
    document.addPeer(this);
    for (const frame of this.framesBeforeLoad.splice(0)) this.handle(document, frame);
  }

  receive(data: ArrayBuffer | string): void {
    if (this.closed || this.closing) return;
    if (typeof data === 'string') {
      this.refuse('text frames are not part of the protocol');
      return;
    }
    const frame = new Uint8Array(data);
    if (this.document) {
      this.handle(this.document, frame);
    } else if (this.framesBeforeLoad.length < MAX_FRAMES_BEFORE_LOAD) {
      this.framesBeforeLoad.push(frame);
    } else {
      this.refuse('too many frames before the document loaded');
    }
  }

  allow({ canWrite, suggestOnly }: TextRights): void {
    const narrowed = rank(canWrite, suggestOnly) < rank(this.canWrite, this.suggestOnly);
    this.canWrite = canWrite;
    this.suggestOnly = suggestOnly;
    if (narrowed) this.send(encodePermissionDenied(WriteDenial.accessNarrowed));
  }

  send(message: Uint8Array): void {
    if (!this.closed && !this.closing && this.socket.readyState === 1) this.socket.send(message);
  }

  close(code: number, reason: string): void {
    if (this.closed || this.closing) return;
    this.closing = true;
    this.log.debug(
      { documentId: this.documentId, connectionId: this.connectionId, code, reason },
      'closing connection',
    );
    this.socket.close(code, reason);
  }

  /** Called once the socket has closed, however it closed. */
  async handleSocketClosed(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const document = this.document;
    this.document = undefined;
    if (document) {
      document.removePeer(this);
      await this.registry.release(document);
    }
  }

  private handle(document: SharedDocument, frame: Uint8Array): void {
    try {
      const message = readClientMessage(frame);
      switch (message.kind) {
        case 'syncStep1':
          void document.answerSyncStep1(this, message.stateVector);
          break;
        case 'update':
          document.applyPeerUpdate(this, message.update, message.decoded);
          break;
        case 'awareness':
          document.applyPeerAwareness(this, message.update);
          break;
        case 'queryAwareness':
          document.sendAllAwareness(this);
          break;
      }
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.refuse(error.message);
    }
  }

  private refuse(reason: string): void {
    this.log.warn({ documentId: this.documentId, connectionId: this.connectionId, reason }, 'malformed message');
    // Close reasons are limited to 123 bytes.
    this.close(CloseCode.malformedMessage, `malformed message: ${reason}`.slice(0, 120));
  }
}

/** How much a connection may change the text: 2 write, 1 add and withdraw its own suggestions, 0 nothing. */
function rank(canWrite: boolean, suggestOnly: boolean): number {
  return canWrite ? 2 : suggestOnly ? 1 : 0;
}
