import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rebuildState } from './rebuildState';

describe('rebuildState', () => {
  it('puts a garbage-collected state together from a keyframe and the deltas after it', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Kommunen ska bygga.');
    const keyframe = Y.encodeStateAsUpdate(doc);
    const vector = Y.encodeStateVector(doc);
    text.delete(0, 'Kommunen '.length);
    text.insert(text.length, ' Nu.');
    const delta = Y.diffUpdate(Y.encodeStateAsUpdate(doc), vector);
    expect(delta.byteLength).toBeLessThan(Y.encodeStateAsUpdate(doc).byteLength);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, rebuildState([keyframe, delta]));
    expect(rebuilt.getText('t').toString()).toBe('ska bygga. Nu.');
    expect(rebuildState([keyframe])).toBe(keyframe);
  });
});
