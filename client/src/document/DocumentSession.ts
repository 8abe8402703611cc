import { SYNC_PATH } from '@yttra/protocol';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { localDocumentName } from '../auth/localDocuments';
import { decideEditorReadiness, type EditorReadiness } from './decideEditorReadiness';
import type { ConnectionFacts } from './deriveConnectionStatus';
import { RepeatedRefusal } from './RepeatedRefusal';
import { isRefusalCode } from './refusal';
import { SaveConfirmation } from './SaveConfirmation';

export interface DocumentSessionState extends ConnectionFacts {
  localLoaded: boolean;
  localHadContent: boolean;
  serverSyncedOnce: boolean;
  /** Latched: once the editor may be shown it stays, so it never unmounts under the user's cursor. */
  readiness: EditorReadiness;
  /**
   * Counts what makes the document's access worth asking for again: each reconnection, and each change the
   * server dropped or each narrowing of access it announced (then `writeDenied` is set as well).
   */
  accessEpoch: number;
}

export const INITIAL_SESSION_STATE: DocumentSessionState = {
  providerStatus: 'connecting',
  synced: false,
  online: true,
  refusedCode: null,
  pendingLocalChanges: false,
  connectionLost: false,
  localLoaded: false,
  localHadContent: false,
  serverSyncedOnce: false,
  readiness: 'opening-local',
  writeDenied: false,
  accessEpoch: 0,
};

/**
 * Everything one open document needs: the Y.Doc, its IndexedDB copy and its server connection, plus an
 * immutable snapshot of their combined state for React (useSyncExternalStore). One per document page.
 */
export class DocumentSession {
  readonly ydoc = new Y.Doc();
  readonly persistence: IndexeddbPersistence;
  readonly provider: WebsocketProvider;
  private state: DocumentSessionState;
  private readonly listeners = new Set<() => void>();
  private readonly saveConfirmation: SaveConfirmation;
  private destroyed = false;
  private readonly repeatedRefusal = new RepeatedRefusal();
  private connectedBefore = false;

  /** `userId`: the local copy is kept per account (see localDocumentName). */
  constructor(documentId: string, wsOrigin: string, userId: string) {
    this.state = { ...INITIAL_SESSION_STATE, online: navigator.onLine };
    this.persistence = new IndexeddbPersistence(localDocumentName(userId, documentId), this.ydoc);
    this.provider = new WebsocketProvider(`${wsOrigin}${SYNC_PATH}`, documentId, this.ydoc, {
      disableBc: false,
      // The provider's default gives up on every 44xx code; a malformed frame or a missed ping is worth a retry.
      shouldReconnect: (event) => !isRefusalCode(event.code),
    });
    this.saveConfirmation = new SaveConfirmation(this.provider, this.handleConfirmationChange);
    // The server says "permission denied" when it dropped a change, or when the right to change the text ended.
    this.provider.messageHandlers[messageAuth] = (_encoder, decoder) =>
      authProtocol.readAuthMessage(decoder, this.ydoc, this.handleWriteDenied);
    this.persistence.on('synced', this.handleLocalLoaded);
    this.provider.on('status', this.handleStatus);
    this.provider.on('sync', this.handleSync);
    this.provider.on('connection-close', this.handleConnectionClose);
    this.ydoc.on('update', this.handleDocUpdate);
    window.addEventListener('online', this.handleOnlineChange);
    window.addEventListener('offline', this.handleOnlineChange);
  }

  readonly getState = (): DocumentSessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops for good: used for refusing close codes and when the API says the document does not exist. */
  refuse(code: number): void {
    if (this.destroyed || this.state.refusedCode !== null) return;
    this.update({ refusedCode: code, pendingLocalChanges: false });
    this.provider.disconnect();
  }

  /**
   * Deletes this browser's copy of the document, changes the server never took included, so that the next open
   * starts from the server's state. The caller reloads the page afterwards.
   */
  async discardLocalCopy(): Promise<void> {
    // Nothing more goes to the server from the copy being discarded.
    this.provider.disconnect();
    await this.persistence.clearData();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.saveConfirmation.destroy();
    window.removeEventListener('online', this.handleOnlineChange);
    window.removeEventListener('offline', this.handleOnlineChange);
    this.ydoc.off('update', this.handleDocUpdate);
    // Destroying the provider tells the others we left; the awareness keeps a timer of its own.
    this.provider.destroy();
    this.provider.awareness.destroy();
    void this.persistence.destroy();
    this.ydoc.destroy();
    this.listeners.clear();
  }

  private update(patch: Partial<DocumentSessionState>): void {
    if (this.destroyed) return;
    const next = { ...this.state, ...patch };
    if (next.readiness !== 'ready') next.readiness = decideEditorReadiness(next);
    const changed = (Object.keys(next) as (keyof DocumentSessionState)[]).some((key) => next[key] !== this.state[key]);
    if (!changed) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private readonly handleLocalLoaded = (): void => {
    // Any content at this point came from IndexedDB, the server or another tab: all are safe to edit on.
    this.update({ localLoaded: true, localHadContent: this.ydoc.store.clients.size > 0 });
  };

  private readonly handleStatus = ({ status }: { status: DocumentSessionState['providerStatus'] }): void => {
    if (status !== 'connected') {
      this.update({ providerStatus: status });
      return;
    }
    // The page asked for the access when it opened; a reconnection may come after it changed (offline, a restart).
    const accessEpoch = this.connectedBefore ? this.state.accessEpoch + 1 : this.state.accessEpoch;
    this.connectedBefore = true;
    this.update({ providerStatus: status, connectionLost: false, accessEpoch });
  };

  private readonly handleWriteDenied = (): void => {
    if (this.state.refusedCode !== null) return;
    this.update({ writeDenied: true, accessEpoch: this.state.accessEpoch + 1 });
  };

  private readonly handleSync = (synced: boolean): void => {
    this.update(synced ? { synced, serverSyncedOnce: true } : { synced });
  };

  private readonly handleConnectionClose = (event: CloseEvent | null): void => {
    if (this.destroyed || this.state.refusedCode !== null) return;
    if (event && isRefusalCode(event.code)) {
      this.refuse(event.code);
      return;
    }
    if (event && this.repeatedRefusal.closed(event.code)) {
      this.refuse(event.code);
      return;
    }
    this.update({ connectionLost: true });
  };

  private readonly handleDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    // Updates from the server or other tabs (both arrive through the provider) are not ours to have confirmed.
    // What IndexedDB loads is: it may hold edits made offline that the server has never seen.
    if (origin === this.provider || this.state.refusedCode !== null) return;
    this.saveConfirmation.noteLocalEdit();
  };

  private readonly handleConfirmationChange = (): void => {
    if (this.state.refusedCode !== null) return;
    const allConfirmed = this.saveConfirmation.allConfirmed;
    if (allConfirmed) this.repeatedRefusal.allConfirmed();
    // Everything made here is stored: whatever the server denied before is nothing the user still has unsaved.
    this.update(allConfirmed ? { pendingLocalChanges: false, writeDenied: false } : { pendingLocalChanges: true });
  };

  private readonly handleOnlineChange = (): void => {
    this.update({ online: navigator.onLine });
    if (this.state.refusedCode !== null) return;
    if (navigator.onLine) {
      // Back online: try now instead of waiting out the provider's backoff.
      this.provider.connect();
    } else {
      // A socket that outlived the network would swallow edits into a dead connection until a timeout;
      // closing it keeps edits in the Y.Doc and IndexedDB, and they are sent on reconnect.
      this.provider.disconnect();
    }
  };
}
