import type { SyncPeer } from './SyncPeer';

/** What a document tells SyncAnswers about its state; all of it read synchronously right before an answer. */
export interface SyncAnswerHost {
  /** The sequence number (see SyncAnswers.received) of the peer's oldest update still waiting for structs. */
  oldestWaiting(peer: SyncPeer): number | undefined;
  /** Writes not yet durable, of anyone: an answer may only carry durable content. */
  hasPendingWrites(): boolean;
  whenDurable(): Promise<void>;
  /** Whether the peer is still connected and the document fit to answer. */
  mayAnswer(peer: SyncPeer): boolean;
  /** Encodes the answer (a sync step 2) and sends it, synchronously. */
  answer(peer: SyncPeer, stateVector: Uint8Array): void;
}

interface Request {
  readonly stateVector: Uint8Array;
  /** How many updates the peer had sent when it asked: the answer vouches for all of them. */
  readonly after: number;
  readonly settled: () => void;
}

interface PeerState {
  received: number;
  /** The sequence number of the first update dropped without being stored. */
  firstLost: number | undefined;
  readonly requests: Request[];
  answering: boolean;
}

/**
 * A connection's sync step 1s, answered one after another in the order they came, each only once every update the
 * same connection sent before it is durable: written (the whole document has no pending writes, so the answer also
 * carries nothing unwritten) and none still waiting for missing structs. A client may therefore send an ordinary
 * step 1 as a receipt request and take the step 2 that answers it as the server's word that its earlier edits are
 * stored. Once one of a connection's updates has been dropped (read-only, a refused suggestion, access taken away
 * while it waited), no step 1 that came after it is answered on that connection: an answer would vouch for it.
 */
export class SyncAnswers {
  private readonly peers = new Map<SyncPeer, PeerState>();

  constructor(private readonly host: SyncAnswerHost) {}

  /** Counts one update from the peer, whatever becomes of it; returns its sequence number (from 1). */
  received(peer: SyncPeer): number {
    const state = this.stateOf(peer);
    state.received += 1;
    return state.received;
  }

  /** The update with this sequence number will never be stored. */
  lost(peer: SyncPeer, sequence: number): void {
    const state = this.stateOf(peer);
    if (state.firstLost === undefined || sequence < state.firstLost) state.firstLost = sequence;
    this.settle(peer);
  }

  /** Queues an answer to a step 1; resolves once it was sent or will never be. */
  request(peer: SyncPeer, stateVector: Uint8Array): Promise<void> {
    const state = this.stateOf(peer);
    return new Promise((settled) => {
      state.requests.push({ stateVector, after: state.received, settled });
      this.settle(peer);
    });
  }

  /** Something that holds answers back may have changed (a waiting update applied or dropped): look again. */
  settle(peer: SyncPeer): void {
    const state = this.peers.get(peer);
    if (state && state.requests.length > 0 && !state.answering) void this.answerDue(state, peer);
  }

  settleAll(): void {
    for (const peer of this.peers.keys()) this.settle(peer);
  }

  /** The connection is gone: its unanswered requests settle unanswered. */
  forget(peer: SyncPeer): void {
    const state = this.peers.get(peer);
    this.peers.delete(peer);
    for (const request of state?.requests.splice(0) ?? []) request.settled();
  }

  private async answerDue(state: PeerState, peer: SyncPeer): Promise<void> {
    state.answering = true;
    try {
      for (let request = state.requests[0]; request; request = state.requests[0]) {
        if (!this.host.mayAnswer(peer) || this.peers.get(peer) !== state) {
          for (const unanswered of state.requests.splice(0)) unanswered.settled();
          return;
        }
        if (state.firstLost !== undefined && state.firstLost <= request.after) {
          // Every later request vouches for the lost update too, and answers are counted in order.
          for (const unanswered of state.requests.splice(0)) unanswered.settled();
          return;
        }
        const waiting = this.host.oldestWaiting(peer);
        // Looked at again by settle() when a waiting update moves.
        if (waiting !== undefined && waiting <= request.after) return;
        if (this.host.hasPendingWrites()) {
          await this.host.whenDurable();
          continue;
        }
        // Checked and answered in one synchronous step: nothing can change the document in between.
        state.requests.shift();
        this.host.answer(peer, request.stateVector);
        request.settled();
      }
    } finally {
      state.answering = false;
    }
  }

  private stateOf(peer: SyncPeer): PeerState {
    let state = this.peers.get(peer);
    if (!state) {
      state = { received: 0, firstLost: undefined, requests: [], answering: false };
      this.peers.set(peer, state);
    }
    return state;
  }
}
