import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { DecodedUpdate } from './findUpdateRefusal';

/** y-websocket top-level message types. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** y-protocols sync sub-types. */
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  /** `decoded` is the update parsed once, for every check that follows (validation, repair pre-check). */
  | { kind: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError';
}

/**
 * Decodes one frame fully before anything touches the document: a truncated frame, an unknown type,
 * trailing bytes or an update Yjs cannot parse all throw MalformedMessageError.
 */
export function readClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessageBody(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
}

function readMessageBody(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSyncMessage(decoder);
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'queryAwareness' };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}

function readSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  switch (step) {
    case SyncStep.step1: {
      const stateVector = decoding.readVarUint8Array(decoder);
      Y.decodeStateVector(stateVector);
      return { kind: 'syncStep1', stateVector };
    }
    case SyncStep.step2:
    case SyncStep.update: {
      const update = decoding.readVarUint8Array(decoder);
      // Parses every struct and delete set without integrating anything.
      return { kind: 'update', update, decoded: Y.decodeUpdate(update) };
    }
    default:
      throw new MalformedMessageError(`unknown sync step ${step}`);
  }
}
