import {
  type DocumentShape,
  enforceDraftShape,
  findUnknownContent,
  isInDraftShape,
  repairDocument,
} from '@yttra/editor';
import { CloseCode } from '@yttra/protocol';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { presenceVisible } from '../access/presenceScope';
import type { Logger } from '../log';
import type { UpdateWriter } from '../storage/UpdateWriter';
import { encodeAwarenessEntries } from './encodeAwarenessEntries';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './encodeServerMessage';
import { readAwarenessUpdate } from './readAwarenessUpdate';
import type { SyncPeer } from './SyncPeer';

/** Transaction origin of content read from storage: already durable, never written again. */
export const FROM_STORAGE = Symbol('from-storage');
/** Transaction origin of changes the server makes itself. */
export const SERVER_ORIGIN = Symbol('server');
const EMPTY_SYNC_STEP_2 = encodeSyncStep2(new Y.Doc(), new Uint8Array([0]));

export interface SharedDocumentHooks {
  /** The update log has grown enough to be worth compacting. */
  onCompactionDue(document: SharedDocument): void;
  /** In-memory state can no longer be trusted to match storage; the document must be reloaded. */
  onBroken(document: SharedDocument): void;
}

/**
 * One loaded document: the Y.Doc, its awareness, and the clients connected to it. Every change a client
 * makes is written through the UpdateWriter and relayed to the other clients only once it is durable.
 */
export class SharedDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private readonly peers = new Set<SyncPeer>();
  private readonly awarenessOwners = new Map<number, SyncPeer>();
  private readonly repairedOrigins = new Set<SyncPeer>();
  private pendingWrites = 0;
  private lastWrite: Promise<void> = Promise.resolve();
  private appendsSinceCompaction = 0;
  private broken = false;
  /** A party's draft is held to its shape after every update (see prepareDraftDocument). */
  shape: DocumentShape = 'protocol';

  constructor(
    readonly id: string,
    private readonly writer: UpdateWriter,
    private readonly log: Logger,
    private readonly hooks: SharedDocumentHooks,
    private readonly compactAfterUpdates: number,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.persistAndRelay(update, origin));
    this.awareness.on('update', this.relayAwareness);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  addPeer(peer: SyncPeer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    this.sendVisibleAwareness(peer, [...this.awareness.getStates().keys()], false);
  }

  removePeer(peer: SyncPeer): void {
    this.peers.delete(peer);
    const owned = [...this.awarenessOwners].filter(([, owner]) => owner === peer).map(([clientId]) => clientId);
    for (const clientId of owned) this.awarenessOwners.delete(clientId);
    if (owned.length > 0) removeAwarenessStates(this.awareness, owned, 'disconnect');
  }

  /** Answers a client's sync step 1 with what it lacks, counting only durable content. */
  async answerSyncStep1(peer: SyncPeer, stateVector: Uint8Array): Promise<void> {
    await this.whenDurable();
    // Encoded synchronously right after the wait, so nothing unwritten can slip in.
    if (this.peers.has(peer)) peer.send(encodeSyncStep2(this.doc, stateVector));
  }

  applyPeerUpdate(peer: SyncPeer, update: Uint8Array): void {
    if (this.broken) return;
    if (!peer.canWrite) {
      // Dropped, and answered with an empty step 2 so the client's sync state machine stays consistent.
      this.log.warn(
        { documentId: this.id, connectionId: peer.connectionId },
        'update from a read-only connection dropped',
      );
      peer.send(EMPTY_SYNC_STEP_2);
      return;
    }
    try {
      // Content the schema does not know is repaired in the same transaction, so the repaired state is
      // what gets stored and relayed: no client ever sees (and y-prosemirror never deletes) the original.
      const { shape } = this;
      const mayNeedRepair = findUnknownContent(update, shape);
      let repaired = false;
      this.doc.transact(() => {
        Y.applyUpdate(this.doc, update, peer);
        if (mayNeedRepair) repaired = repairDocument(this.doc);
        // A draft cannot grow a header or a beslutsgång, nor lose its block or its people, through sync either.
        if (shape !== 'protocol' && (mayNeedRepair || !isInDraftShape(this.doc, shape))) {
          repaired = enforceDraftShape(this.doc, shape) || repaired;
        }
      }, peer);
      if (repaired) this.repairedOrigins.add(peer);
    } catch (error) {
      // The update parsed but failed to integrate; part of it may be in memory now.
      this.markBroken('update failed to integrate', error);
    }
  }

  /**
   * Applies the entries of an awareness update that belong to this peer. y-websocket clients echo every
   * state they hear, so entries for ids another connection owns are dropped silently: nobody can
   * overwrite or remove someone else's presence.
   */
  applyPeerAwareness(peer: SyncPeer, update: Uint8Array): void {
    const entries = readAwarenessUpdate(update);
    const own = entries.filter((entry) => {
      const owner = this.awarenessOwners.get(entry.clientId);
      return owner === peer || (owner === undefined && entry.state !== null);
    });
    if (own.length === 0) return;
    for (const entry of own) this.awarenessOwners.set(entry.clientId, peer);
    applyAwarenessUpdate(this.awareness, own.length === entries.length ? update : encodeAwarenessEntries(own), peer);
  }

  sendAllAwareness(peer: SyncPeer): void {
    this.sendVisibleAwareness(peer, [...this.awareness.getStates().keys()], true);
  }

  /** Applies a change the server itself makes (assembly, recording the outcome), stored and relayed like any. */
  applyServerChange(change: (doc: Y.Doc) => void): void {
    if (this.broken) throw new Error('document is being reloaded');
    this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
  }

  /** Changes what connected peers may do, e.g. when a paragraph is approved or a draft is unshared. */
  async updatePeers(update: (peer: SyncPeer) => void | Promise<void>): Promise<void> {
    for (const peer of [...this.peers]) await update(peer);
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers]) peer.close(code, reason);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private persistAndRelay(update: Uint8Array, origin: unknown): void {
    if (origin === FROM_STORAGE || this.broken) return;
    this.pendingWrites += 1;
    this.appendsSinceCompaction += 1;
    const write = this.writer.append(this.id, update).then(
      () => {
        this.pendingWrites -= 1;
        const message = encodeUpdate(update);
        // The author of repaired content needs the repair too; everyone else needs the whole update.
        const includeOrigin = this.repairedOrigins.delete(origin as SyncPeer);
        for (const peer of this.peers) if (peer !== origin || includeOrigin) peer.send(message);
      },
      (error: unknown) => {
        this.pendingWrites -= 1;
        this.markBroken('update could not be stored', error);
      },
    );
    this.lastWrite = write;
    if (this.appendsSinceCompaction >= this.compactAfterUpdates) {
      this.appendsSinceCompaction = 0;
      this.hooks.onCompactionDue(this);
    }
  }

  /** Resolves once every change made so far has been written. */
  async whenDurable(): Promise<void> {
    while (this.pendingWrites > 0) await this.lastWrite;
  }

  private markBroken(reason: string, error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.log.error({ documentId: this.id, err: error }, reason);
    // Clients still hold their unwritten edits and resend them when they reconnect to a fresh load.
    this.closeAll(CloseCode.internalError, 'document state lost, reconnect');
    this.hooks.onBroken(this);
  }

  private readonly relayAwareness = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0 || this.peers.size === 0) return;
    // Sent to the originating client too: y-websocket treats any incoming message as a sign of life.
    for (const peer of this.peers) this.sendVisibleAwareness(peer, changed, false);
  };

  /**
   * Sends the presence of the given clients that `peer` may see. Removed states (no owner any more) are
   * passed on: telling someone a cursor left reveals nothing they could not already see.
   */
  private sendVisibleAwareness(peer: SyncPeer, clientIds: readonly number[], evenIfEmpty: boolean): void {
    const visible = clientIds.filter((clientId) => {
      const owner = this.awarenessOwners.get(clientId);
      return owner
        ? presenceVisible(owner.presenceScope, peer.presenceScope)
        : !this.awareness.getStates().has(clientId);
    });
    if (visible.length > 0 || evenIfEmpty) peer.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, visible)));
  }
}
