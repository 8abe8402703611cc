import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { presenceVisible } from '../access/presenceScope';
import type { DocumentRelay } from '../cluster/DocumentRelay';
import { FROM_RELAY } from './DocumentFollower';
import { encodeAwarenessEntries } from './encodeAwarenessEntries';
import { encodeAwareness } from './encodeServerMessage';
import { readAwarenessUpdate } from './readAwarenessUpdate';
import type { SyncPeer } from './SyncPeer';

/** Who a presence entry belongs to: a connection here, or one on another instance (known by its scope only). */
interface AwarenessOwner {
  readonly presenceScope: string;
}

/**
 * A loaded document's presence (awareness): whose entry is whose, what each connection may see of the others
 * (its presence scope), and what goes to and comes from the other instances. Entries are owned by the connection
 * that first sent them, so nobody can overwrite or remove someone else's presence.
 */
export class DocumentPresence {
  readonly awareness: Awareness;
  private readonly awarenessOwners = new Map<number, AwarenessOwner>();
  /** One owner object per scope for presence relayed from other instances. */
  private readonly remoteOwners = new Map<string, AwarenessOwner>();

  constructor(
    private readonly documentId: string,
    doc: Y.Doc,
    /** The document's connections here (shared with it, not copied). */
    private readonly peers: ReadonlySet<SyncPeer>,
    private readonly relay: DocumentRelay,
    /** A client id shown in presence is claimed for its connection's user (see PeerUpdateAdmission). */
    private readonly claimShownClient: (peer: SyncPeer, clientId: number) => void,
  ) {
    this.awareness = new Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relayAwareness);
  }

  /** A new connection is told the presence it may see. */
  addPeer(peer: SyncPeer): void {
    this.sendVisibleAwareness(peer, [...this.awareness.getStates().keys()], false);
  }

  /** A connection left: its entries go, here and on the other instances. */
  removePeer(peer: SyncPeer): void {
    const owned = [...this.awarenessOwners].filter(([, owner]) => owner === peer).map(([clientId]) => clientId);
    for (const clientId of owned) this.awarenessOwners.delete(clientId);
    if (owned.length > 0) {
      removeAwarenessStates(this.awareness, owned, 'disconnect');
      // A state the awareness never took (a first clock of 0) has nothing to remove elsewhere either.
      const known = owned.filter((clientId) => this.awareness.meta.has(clientId));
      if (this.relay.shared && known.length > 0) {
        this.relay.publishAwareness(this.documentId, peer.presenceScope, encodeAwarenessUpdate(this.awareness, known));
      }
    }
  }

  destroy(): void {
    this.awareness.destroy();
  }

  /**
   * Applies presence relayed from another instance. Entries for clients connected here are dropped (a client that
   * moved over is its own authority now), and the sender's scope decides who here may see them.
   */
  applyRemote(presenceScope: string, update: Uint8Array): void {
    const entries = readAwarenessUpdate(update).filter((entry) => {
      const owner = this.awarenessOwners.get(entry.clientId);
      return owner === undefined || !this.peers.has(owner as SyncPeer);
    });
    if (entries.length === 0) return;
    let owner = this.remoteOwners.get(presenceScope);
    if (!owner) {
      owner = { presenceScope };
      this.remoteOwners.set(presenceScope, owner);
    }
    for (const entry of entries) this.awarenessOwners.set(entry.clientId, owner);
    applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), FROM_RELAY);
    for (const entry of entries) if (entry.state === null) this.awarenessOwners.delete(entry.clientId);
  }

  /** Tells the other instances the presence of every client connected here, one message per scope. */
  publishOwn(): void {
    if (!this.relay.shared) return;
    const byScope = new Map<string, number[]>();
    for (const [clientId, owner] of this.awarenessOwners) {
      if (!this.peers.has(owner as SyncPeer) || !this.awareness.getStates().has(clientId)) continue;
      byScope.set(owner.presenceScope, [...(byScope.get(owner.presenceScope) ?? []), clientId]);
    }
    for (const [scope, clientIds] of byScope) {
      this.relay.publishAwareness(this.documentId, scope, encodeAwarenessUpdate(this.awareness, clientIds));
    }
  }

  /**
   * Applies the entries of an awareness update that belong to this peer. y-websocket clients echo every
   * state they hear, so entries for ids another connection owns are dropped silently: nobody can
   * overwrite or remove someone else's presence.
   */
  applyPeer(peer: SyncPeer, update: Uint8Array): void {
    const entries = readAwarenessUpdate(update);
    const own = entries.filter((entry) => {
      const owner = this.awarenessOwners.get(entry.clientId);
      return owner === peer || (owner === undefined && entry.state !== null);
    });
    if (own.length === 0) return;
    for (const entry of own) {
      this.awarenessOwners.set(entry.clientId, peer);
      if (entry.state !== null) this.claimShownClient(peer, entry.clientId);
    }
    applyAwarenessUpdate(this.awareness, own.length === entries.length ? update : encodeAwarenessEntries(own), peer);
  }

  sendAll(peer: SyncPeer): void {
    this.sendVisibleAwareness(peer, [...this.awareness.getStates().keys()], true);
  }

  private readonly relayAwareness = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0) return;
    // A client's own presence goes to the other instances with its connection's scope; relayed presence does not
    // travel on, and each instance times out stale presence by itself.
    if (this.relay.shared && this.peers.has(origin as SyncPeer)) {
      this.relay.publishAwareness(
        this.documentId,
        (origin as SyncPeer).presenceScope,
        encodeAwarenessUpdate(this.awareness, changed),
      );
    }
    for (const clientId of changes.removed) {
      const owner = this.awarenessOwners.get(clientId);
      // Presence from another instance that timed out here: forgotten once everyone here was told.
      if (owner && !this.peers.has(owner as SyncPeer)) {
        queueMicrotask(() => {
          if (this.awarenessOwners.get(clientId) === owner && !this.awareness.getStates().has(clientId)) {
            this.awarenessOwners.delete(clientId);
          }
        });
      }
    }
    if (this.peers.size === 0) return;
    // What a peer may see depends only on its presence scope: one encoding per scope, not per peer.
    const messages = new Map<string, Uint8Array | null>();
    // Sent to the originating client too: y-websocket treats any incoming message as a sign of life.
    for (const peer of this.peers) {
      let message = messages.get(peer.presenceScope);
      if (message === undefined) {
        message = this.visibleAwareness(peer.presenceScope, changed, false);
        messages.set(peer.presenceScope, message);
      }
      if (message) peer.send(message);
    }
  };

  /**
   * Sends the presence of the given clients that `peer` may see. Removed states (no owner any more) are
   * passed on: telling someone a cursor left reveals nothing they could not already see.
   */
  private sendVisibleAwareness(peer: SyncPeer, clientIds: readonly number[], evenIfEmpty: boolean): void {
    const message = this.visibleAwareness(peer.presenceScope, clientIds, evenIfEmpty);
    if (message) peer.send(message);
  }

  private visibleAwareness(scope: string, clientIds: readonly number[], evenIfEmpty: boolean): Uint8Array | null {
    const visible = clientIds.filter((clientId) => {
      const owner = this.awarenessOwners.get(clientId);
      return owner ? presenceVisible(owner.presenceScope, scope) : !this.awareness.getStates().has(clientId);
    });
    return visible.length > 0 || evenIfEmpty ? encodeAwareness(encodeAwarenessUpdate(this.awareness, visible)) : null;
  }
}
