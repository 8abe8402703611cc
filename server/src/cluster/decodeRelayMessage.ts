import * as decoding from 'lib0/decoding';
import type { RelayMessage } from './encodeRelayMessage';

/** Reads what encodeRelayMessage wrote; throws on anything else (the caller logs and drops it). */
export function decodeRelayMessage(bytes: Uint8Array): RelayMessage {
  const decoder = decoding.createDecoder(bytes);
  const kind = decoding.readVarUint(decoder);
  const from = decoding.readVarString(decoder);
  if (kind === 0) {
    const seq = decoding.readVarUint(decoder);
    const previousSeq = decoding.readVarUint(decoder);
    const sentAt = decoding.readFloat64(decoder);
    const update = decoding.readVarUint8Array(decoder);
    return { kind: 'update', from, seq, previousSeq, sentAt, update };
  }
  if (kind === 1) {
    const presenceScope = decoding.readVarString(decoder);
    return { kind: 'awareness', from, presenceScope, update: decoding.readVarUint8Array(decoder) };
  }
  if (kind === 2) return { kind: 'awarenessQuery', from };
  throw new Error(`unknown relay message kind ${kind}`);
}
