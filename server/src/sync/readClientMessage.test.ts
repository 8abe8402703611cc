import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from './encodeServerMessage';
import { MalformedMessageError, readClientMessage } from './readClientMessage';

describe('readClientMessage', () => {
  it('reads the messages a y-websocket client sends', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hej');
    expect(readClientMessage(encodeSyncStep1(doc))).toEqual({
      kind: 'syncStep1',
      stateVector: Y.encodeStateVector(doc),
    });
    const update = Y.encodeStateAsUpdate(doc);
    expect(readClientMessage(encodeUpdate(update))).toEqual({
      kind: 'update',
      update,
      decoded: Y.decodeUpdate(update),
    });
    expect(readClientMessage(encodeAwareness(new Uint8Array([0])))).toEqual({
      kind: 'awareness',
      update: new Uint8Array([0]),
    });
    expect(readClientMessage(new Uint8Array([3]))).toEqual({ kind: 'queryAwareness' });
  });

  it.each([
    ['empty', new Uint8Array()],
    ['auth from a client', new Uint8Array([2, 0])],
    ['unknown type', new Uint8Array([77])],
    ['truncated step 1', new Uint8Array([0, 0, 10, 1])],
    ['state vector that is not one', new Uint8Array([0, 0, 3, 200, 200, 200])],
    ['trailing bytes', new Uint8Array([3, 3])],
  ])('refuses %s', (_name, frame) => {
    expect(() => readClientMessage(frame)).toThrow(MalformedMessageError);
  });

  it('refuses an update Yjs cannot parse, before anything is applied', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array([1, 1, 200, 5, 0, 9]));
    expect(() => readClientMessage(encoding.toUint8Array(encoder))).toThrow(MalformedMessageError);
  });
});
