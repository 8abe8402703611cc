import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findForeignClient } from './findForeignClient';

function typed(clientID: number, text: string, on?: Y.Doc): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  if (on) Y.applyUpdate(doc, Y.encodeStateAsUpdate(on));
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(0, text);
  return { doc, update: Y.encodeStateAsUpdate(doc, before) };
}

describe('findForeignClient', () => {
  const server = new Y.Doc();
  const anna = typed(7, 'Anna skriver');
  Y.applyUpdate(server, anna.update);
  const owners = new Map([[7, 'anna']]);

  it('lets a person write new structs under their own client id, from any connection', () => {
    anna.doc.getText('t').insert(0, '!');
    const next = Y.encodeStateAsUpdate(anna.doc, Y.encodeStateVector(server));
    expect(findForeignClient(server, Y.decodeUpdate(next).structs, owners, 'anna')).toBeNull();
    expect(findForeignClient(server, Y.decodeUpdate(next).structs, owners, 'mallory')).toBe(7);
  });

  it('refuses new structs under a client id someone else owns, the server’s own included', () => {
    const forged = typed(7, 'Mallory');
    // Mallory's structs start at clock 0, which the server has: her next clock would be 12.
    const ahead = Y.decodeUpdate(forged.update).structs.map((struct) => {
      struct.id.clock += 12;
      return struct;
    });
    expect(findForeignClient(server, ahead, owners, 'mallory')).toBe(7);
    const asServer = typed(server.clientID, 'Servern');
    expect(findForeignClient(server, Y.decodeUpdate(asServer.update).structs, owners, 'mallory')).toBe(server.clientID);
  });

  it('lets anyone resend structs the document already has, and write under unclaimed ids', () => {
    expect(findForeignClient(server, Y.decodeUpdate(anna.update).structs, owners, 'bo')).toBeNull();
    const bo = typed(8, 'Bo', server);
    expect(findForeignClient(server, Y.decodeUpdate(bo.update).structs, owners, 'bo')).toBeNull();
  });
});
