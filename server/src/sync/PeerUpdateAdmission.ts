import * as Y from 'yjs';
import { findForeignClient } from './findForeignClient';
import { type DecodedUpdate, findUpdateRefusal, type UpdateRefusal } from './findUpdateRefusal';
import { PerWriterBudget } from './PerWriterBudget';
import { MalformedMessageError } from './readClientMessage';
import type { SyncPeer } from './SyncPeer';

/** Updates one connection may have waiting for structs the document lacks; a real client needs a handful. */
const MAX_WAITING_UPDATES = 500;
/** Client ids presence alone may claim per document: bounds what a flood of made-up presence entries can cost. */
const MAX_PRESENCE_CLAIMS = 10_000;
/**
 * Placement checks through a copy of the document one person may cause: enough for every tab resending after a
 * crash. The copy costs of the order of the document (hundreds of milliseconds for a large one), and a refused
 * writer could reconnect and send another such update at once. Past the budget an update that needs the copy waits
 * (refused nothing, let in nothing) until the budget has refilled: an honest writer long behind the others needs
 * it too, and was refused again on every reconnect.
 */
const COPY_CHECKS = { burst: 30, refillMs: 2_000 };
/**
 * Client ids new to the document one person may write under: a browser tab takes one when it opens. Every Yjs
 * transaction on every replica costs of the order of the document's client ids, forever, so a writer minting
 * thousands would slow the document down for everyone. Past the budget the update waits, as above.
 */
const NEW_CLIENTS = { burst: 100, refillMs: 30_000 };
/** How often updates waiting for a writer's budget are decided again: when one more placement check is due. */
export const BUDGET_RETRY_MS = COPY_CHECKS.refillMs;

export interface PeerUpdate {
  peer: SyncPeer;
  update: Uint8Array;
  decoded: DecodedUpdate;
}

/** An update held for missing structs, with its place among its sender's updates (see SyncAnswers.received). */
export interface WaitingUpdate extends PeerUpdate {
  sequence: number;
}

/**
 * Which peer updates a document takes, and when: refused ones (writing under someone else's client id, or that Yjs
 * could not integrate whole, or placed where replicas would disagree), ones that must wait for structs the document
 * lacks, and who owns which client id. Every answer holds against the document's state at the moment it is given,
 * so an update it admits must be applied before anything else changes the document.
 */
export class PeerUpdateAdmission {
  /** Well-formed updates that refer to structs the document does not have yet, per sender, in arrival order. */
  private readonly waiting = new Map<SyncPeer, WaitingUpdate[]>();
  /** Who may write under each Yjs client id (see findForeignClient): a user, for as long as the document is loaded. */
  private readonly clientOwners = new Map<number, string>();
  private presenceClaims = 0;
  private readonly copyChecks = new PerWriterBudget(COPY_CHECKS.burst, COPY_CHECKS.refillMs);
  private readonly newClients = new PerWriterBudget(NEW_CLIENTS.burst, NEW_CLIENTS.refillMs);

  constructor(
    private readonly doc: Y.Doc,
    private readonly arrivalOf: (id: Y.ID) => number,
  ) {}

  get hasWaiting(): boolean {
    return this.waiting.size > 0;
  }

  /** Why this update cannot be applied now (`missing`: not yet), or null when it can. */
  refusal({ peer, update, decoded }: PeerUpdate): UpdateRefusal | null {
    const foreign = findForeignClient(this.doc, decoded.structs, this.clientOwners, ownerOf(peer));
    if (foreign !== null) return { reason: `update writes under client id ${foreign} of someone else`, missing: false };
    if (!this.newClients.has(ownerOf(peer), this.newClientsOf(decoded))) {
      return { reason: 'too many new client ids', missing: true, later: true };
    }
    return findUpdateRefusal(this.doc, update, decoded, this.arrivalOf, () => this.copyChecks.take(ownerOf(peer)));
  }

  /** Holds an update until what it refers to arrives; too many from one connection is refused. */
  wait(waiting: WaitingUpdate): void {
    const queue = this.waiting.get(waiting.peer) ?? [];
    if (queue.length >= MAX_WAITING_UPDATES) throw new MalformedMessageError('too many updates with missing structs');
    queue.push(waiting);
    this.waiting.set(waiting.peer, queue);
  }

  /** Its client still holds those edits and sends them again with its next sync step 2. */
  forget(peer: SyncPeer): void {
    this.waiting.delete(peer);
  }

  /** The sequence number of the peer's oldest update still waiting, if any waits (queues are in arrival order). */
  oldestWaiting(peer: SyncPeer): number | undefined {
    return this.waiting.get(peer)?.[0]?.sequence;
  }

  /**
   * The next waiting update that can be decided now, taken out of the queue, with its refusal (null: apply it now).
   * A refused one takes the rest of its sender's queue with it; so do the updates of a peer that may no longer
   * write (access taken away while they waited).
   */
  nextDecided(mayWrite: (peer: SyncPeer) => boolean): { waiting: WaitingUpdate; refusal: UpdateRefusal | null } | null {
    for (const [peer, queue] of [...this.waiting]) {
      if (!mayWrite(peer)) {
        this.waiting.delete(peer);
        continue;
      }
      for (let index = 0; index < queue.length; index++) {
        const waiting = queue[index] as WaitingUpdate;
        const refusal = this.refusal(waiting);
        if (refusal?.missing) continue;
        queue.splice(index, 1);
        if (refusal || queue.length === 0) this.waiting.delete(peer);
        return { waiting, refusal };
      }
    }
    return null;
  }

  /** The sender owns the client ids it writes new structs under first; called right before the update is applied. */
  claimClients({ peer, decoded }: PeerUpdate): void {
    const owner = ownerOf(peer);
    const fresh = this.newClientsOf(decoded);
    if (fresh > 0) this.newClients.take(owner, fresh);
    for (const struct of decoded.structs) {
      const { client, clock } = struct.id;
      if (clock + struct.length > Y.getState(this.doc.store, client) && !this.clientOwners.has(client)) {
        this.clientOwners.set(client, owner);
      }
    }
  }

  /** Client ids the update writes under that the document holds nothing of yet. */
  private newClientsOf(decoded: PeerUpdate['decoded']): number {
    const fresh = new Set<number>();
    for (const { id } of decoded.structs) if (Y.getState(this.doc.store, id.client) === 0) fresh.add(id.client);
    return fresh.size;
  }

  /**
   * A y-websocket client shows its presence, under its client id, before it writes: the first to show an id owns
   * it, so nobody who sees it in presence can write under it first. Later echoes claim nothing.
   */
  claimShownClient(peer: SyncPeer, clientId: number): void {
    if (this.clientOwners.has(clientId) || this.presenceClaims >= MAX_PRESENCE_CLAIMS) return;
    this.clientOwners.set(clientId, ownerOf(peer));
    this.presenceClaims += 1;
  }
}

/** Client ids belong to a person, so their reconnects and other tabs keep writing under them. */
function ownerOf(peer: SyncPeer): string {
  return peer.userId ?? `connection:${peer.connectionId}`;
}
