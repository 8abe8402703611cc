import { describe, expect, it } from 'vitest';
import { SyncAnswers } from './SyncAnswers';
import { RecordingPeer } from './testPeer';

/** A document as SyncAnswers sees it: writes a test finishes by hand, waiting updates it sets. */
function documentState() {
  const answered: string[] = [];
  let pending = 0;
  let durable: (() => void)[] = [];
  const waiting = new Map<RecordingPeer, number>();
  const connected = new Set<RecordingPeer>();
  const answers = new SyncAnswers({
    oldestWaiting: (peer) => waiting.get(peer as RecordingPeer),
    hasPendingWrites: () => pending > 0,
    whenDurable: () => new Promise((resolve) => durable.push(resolve)),
    mayAnswer: (peer) => connected.has(peer as RecordingPeer),
    answer: (peer, stateVector) => answered.push(`${peer.connectionId}:${stateVector[0]}`),
  });
  return {
    answers,
    answered,
    waiting,
    connect(name: string) {
      const peer = new RecordingPeer(name);
      connected.add(peer);
      return peer;
    },
    startWrite() {
      pending += 1;
    },
    finishWrites() {
      pending = 0;
      const resolvers = durable;
      durable = [];
      for (const resolve of resolvers) resolve();
    },
  };
}

const vector = (marker: number) => new Uint8Array([marker]);
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('SyncAnswers', () => {
  it('answers step 1s in the order they came, only once no write is pending', async () => {
    const state = documentState();
    const peer = state.connect('a');
    state.answers.received(peer);
    state.startWrite();
    const first = state.answers.request(peer, vector(1));
    const second = state.answers.request(peer, vector(2));
    await turn();
    expect(state.answered).toEqual([]);
    state.finishWrites();
    await Promise.all([first, second]);
    expect(state.answered).toEqual(['a:1', 'a:2']);
  });

  it('holds a step 1 while an update its connection sent before it waits for structs, and only that one', async () => {
    const state = documentState();
    const peer = state.connect('a');
    const other = state.connect('b');
    const early = state.answers.request(peer, vector(1));
    const sequence = state.answers.received(peer);
    state.waiting.set(peer, sequence);
    const late = state.answers.request(peer, vector(2));
    const elsewhere = state.answers.request(other, vector(3));
    await Promise.all([early, elsewhere]);
    await turn();
    expect(state.answered).toEqual(['a:1', 'b:3']);
    // The structs arrived: the update is applied and queued for writing.
    state.waiting.delete(peer);
    state.startWrite();
    state.answers.settleAll();
    await turn();
    expect(state.answered).toEqual(['a:1', 'b:3']);
    state.finishWrites();
    await late;
    expect(state.answered).toEqual(['a:1', 'b:3', 'a:2']);
  });

  it('never answers a step 1 that came after an update that was dropped, nor any later one', async () => {
    const state = documentState();
    const peer = state.connect('a');
    state.answers.received(peer);
    const before = state.answers.request(peer, vector(1));
    const dropped = state.answers.received(peer);
    state.answers.lost(peer, dropped);
    const after = state.answers.request(peer, vector(2));
    state.answers.received(peer);
    const later = state.answers.request(peer, vector(3));
    await Promise.all([before, after, later]);
    expect(state.answered).toEqual(['a:1']);
  });

  it('drops the requests a waiting update would have answered when that update is dropped', async () => {
    const state = documentState();
    const peer = state.connect('a');
    const sequence = state.answers.received(peer);
    state.waiting.set(peer, sequence);
    const held = state.answers.request(peer, vector(1));
    await turn();
    state.waiting.delete(peer);
    state.answers.lost(peer, sequence);
    await held;
    expect(state.answered).toEqual([]);
  });

  it('settles the requests of a connection that went away unanswered', async () => {
    const state = documentState();
    const peer = state.connect('a');
    state.waiting.set(peer, state.answers.received(peer));
    const held = state.answers.request(peer, vector(1));
    state.answers.forget(peer);
    await held;
    expect(state.answered).toEqual([]);
  });
});
