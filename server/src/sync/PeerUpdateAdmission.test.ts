import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PeerUpdateAdmission } from './PeerUpdateAdmission';
import { lostLetterThenTyping } from './testing/lostLetterThenTyping';
import { RecordingPeer } from './testPeer';

describe('PeerUpdateAdmission', () => {
  it('confirms quick-check refusals through a copy within each writer’s budget, past it the update waits', () => {
    // The quick check refuses this honest resend; only the copy check accepts it.
    const { server, resent } = lostLetterThenTyping();
    const admission = new PeerUpdateAdmission(server, () => Number.POSITIVE_INFINITY);
    const decoded = Y.decodeUpdate(resent);
    const writer = new RecordingPeer('c1', true, 'staff', 'user-1');
    const answers = Array.from({ length: 31 }, () => admission.refusal({ peer: writer, update: resent, decoded }));
    expect(answers.slice(0, 30)).toEqual(Array(30).fill(null));
    expect(answers[30]).toEqual({
      reason: 'item leaves the gap its left neighbour is in (to confirm: too many placement checks)',
      missing: true,
      later: true,
    });
    // The same person on another connection shares the budget; somebody else has their own.
    const otherTab = new RecordingPeer('c2', true, 'staff', 'user-1');
    expect(admission.refusal({ peer: otherTab, update: resent, decoded })?.later).toBe(true);
    const someoneElse = new RecordingPeer('c3', true, 'staff', 'user-2');
    expect(admission.refusal({ peer: someoneElse, update: resent, decoded })).toBeNull();
  });

  it('lets one person write under a hundred new client ids at once, then one more per 30 s (the rest waits)', () => {
    const doc = new Y.Doc();
    const admission = new PeerUpdateAdmission(doc, () => Number.POSITIVE_INFINITY);
    const writer = new RecordingPeer('c1', true, 'staff', 'user-1');
    const someoneElse = new RecordingPeer('c2', true, 'staff', 'user-2');
    const fromNewClient = (clientId: number) => {
      const tab = new Y.Doc();
      tab.clientID = clientId;
      tab.getText('t').insert(0, 'x');
      const update = Y.encodeStateAsUpdate(tab);
      return { update, decoded: Y.decodeUpdate(update) };
    };
    const write = (peer: RecordingPeer, clientId: number) => {
      const { update, decoded } = fromNewClient(clientId);
      const refusal = admission.refusal({ peer, update, decoded });
      if (refusal === null) {
        admission.claimClients({ peer, update, decoded });
        Y.applyUpdate(doc, update);
      }
      return refusal;
    };
    for (let clientId = 1; clientId <= 100; clientId++) expect(write(writer, clientId)).toBeNull();
    expect(write(writer, 101)).toEqual({ reason: 'too many new client ids', missing: true, later: true });
    // Writing again under an id the document has costs nothing, and others have their own budget.
    const again = new Y.Doc();
    Y.applyUpdate(again, Y.encodeStateAsUpdate(doc));
    // Set after loading: Yjs gives a replica a new id when a remote update writes under its own.
    again.clientID = 1;
    let more: Uint8Array = new Uint8Array();
    again.on('update', (bytes: Uint8Array) => {
      more = bytes;
    });
    again.getText('t').insert(0, 'y');
    expect(admission.refusal({ peer: writer, update: more, decoded: Y.decodeUpdate(more) })).toBeNull();
    expect(write(someoneElse, 500)).toBeNull();
  });
});
