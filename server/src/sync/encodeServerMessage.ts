import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as Y from 'yjs';
import { MessageType, SyncStep } from './readClientMessage';

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encodeSync(SyncStep.step1, Y.encodeStateVector(doc));
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step2, Y.encodeStateAsUpdate(doc, stateVector));
}

/** A sync step 2 carrying an update the server already has encoded, such as a compacted snapshot. */
export function encodeSyncStep2FromUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step2, update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.update, update);
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * y-websocket's auth message "permission denied": a change this connection sent was not applied, or it may no
 * longer make any, so the client can tell its user instead of waiting for a receipt that never comes.
 */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}
