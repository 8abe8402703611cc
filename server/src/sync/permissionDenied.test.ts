import { WriteDenial } from '@yttra/protocol';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as Y from 'yjs';
import { MessageType } from './readClientMessage';
import type { SharedDocument } from './SharedDocument';
import { RecordingPeer } from './testPeer';
import { useTestRegistry } from './testRegistry';

/** The reasons of the "permission denied" auth messages a peer received, in order. */
function denials(peer: RecordingPeer): string[] {
  const reasons: string[] = [];
  for (const message of peer.sent) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.auth) continue;
    authProtocol.readAuthMessage(decoder, new Y.Doc(), (_doc, reason) => reasons.push(reason));
  }
  return reasons;
}

/** An update that adds `text` to what `document` holds, written by a client of its own. */
function edit(document: SharedDocument, text: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document.doc));
  const before = Y.encodeStateVector(copy);
  copy.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(copy, before);
}

// A dropped change is never confirmed (see SyncAnswers.lost); without a word from the server its client would
// show "Sparar …" for good. y-websocket's auth message carries that word.
describe('changes a connection may not make', () => {
  const t = useTestRegistry();

  it('are dropped with a "permission denied" to their sender alone; a handshake with nothing new is not', async () => {
    const document = await t.registry.acquire('dokument1');
    const reader = new RecordingPeer('reader', false, 'staff', 'user-r');
    const writer = new RecordingPeer('writer', true, 'staff', 'user-w');
    document.addPeer(reader);
    document.addPeer(writer);
    const nothingNew = Y.encodeStateAsUpdate(document.doc, Y.encodeStateVector(document.doc));
    document.applyPeerUpdate(reader, nothingNew, Y.decodeUpdate(nothingNew));
    expect(denials(reader)).toEqual([]);

    // What its browser loaded from its own copy and sends back: all of it known (deletions included).
    const writing = edit(document, 'skribenten skriverX');
    document.applyPeerUpdate(writer, writing, Y.decodeUpdate(writing));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document.doc));
    const beforeDelete = Y.encodeStateVector(copy);
    copy.getText('t').delete(18, 1);
    const deleting = Y.encodeStateAsUpdate(copy, beforeDelete);
    document.applyPeerUpdate(writer, deleting, Y.decodeUpdate(deleting));
    const echo = Y.encodeStateAsUpdate(document.doc);
    document.applyPeerUpdate(reader, echo, Y.decodeUpdate(echo));
    expect(denials(reader)).toEqual([]);

    const change = edit(document, 'läsaren skriver');
    document.applyPeerUpdate(reader, change, Y.decodeUpdate(change));
    expect(denials(reader)).toEqual([WriteDenial.readOnly]);
    expect(denials(writer)).toEqual([]);
    expect(document.doc.getText('t').toString()).toBe('skribenten skriver');
  });

  it('by a suggest-only connection are denied as suggestions only', async () => {
    const document = await t.registry.acquire('dokument1');
    const suggester = new RecordingPeer('suggester', false, 'staff', 'user-s');
    suggester.suggestOnly = true;
    document.addPeer(suggester);
    const change = edit(document, 'rakt in i texten');
    document.applyPeerUpdate(suggester, change, Y.decodeUpdate(change));
    expect(denials(suggester)).toEqual([WriteDenial.suggestionsOnly]);
    expect(document.doc.getText('t').toString()).toBe('');
  });
});
