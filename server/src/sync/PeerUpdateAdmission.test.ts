import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PeerUpdateAdmission } from './PeerUpdateAdmission';
import { lostLetterThenTyping } from './testing/lostLetterThenTyping';
import { RecordingPeer } from './testPeer';

describe('PeerUpdateAdmission', () => {
  it('confirms quick-check refusals through a copy within each writer’s budget only', () => {
    // The quick check refuses this honest resend; only the copy check accepts it.
    const { server, resent } = lostLetterThenTyping();
    const admission = new PeerUpdateAdmission(server, () => Number.POSITIVE_INFINITY);
    const decoded = Y.decodeUpdate(resent);
    const writer = new RecordingPeer('c1', true, 'staff', 'user-1');
    const answers = Array.from({ length: 31 }, () => admission.refusal({ peer: writer, update: resent, decoded }));
    expect(answers.slice(0, 30)).toEqual(Array(30).fill(null));
    expect(answers[30]).toEqual({
      reason: 'item leaves the gap its left neighbour is in (not confirmed: too many placement checks)',
      missing: false,
    });
    // The same person on another connection shares the budget; somebody else has their own.
    const otherTab = new RecordingPeer('c2', true, 'staff', 'user-1');
    expect(admission.refusal({ peer: otherTab, update: resent, decoded })?.missing).toBe(false);
    const someoneElse = new RecordingPeer('c3', true, 'staff', 'user-2');
    expect(admission.refusal({ peer: someoneElse, update: resent, decoded })).toBeNull();
  });
});
