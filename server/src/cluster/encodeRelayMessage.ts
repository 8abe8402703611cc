import * as encoding from 'lib0/encoding';
import type { RelayedUpdate } from './DocumentRelay';

/** What travels on a document's Redis channel, tagged with the sending instance so it ignores its own. */
export type RelayMessage =
  | ({ kind: 'update'; from: string } & RelayedUpdate)
  | { kind: 'awareness'; from: string; presenceScope: string; update: Uint8Array }
  | { kind: 'awarenessQuery'; from: string };

const KIND = { update: 0, awareness: 1, awarenessQuery: 2 } as const;

/** Binary, not JSON: updates are binary and a keystroke's update is a few dozen bytes. */
export function encodeRelayMessage(message: RelayMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, KIND[message.kind]);
  encoding.writeVarString(encoder, message.from);
  if (message.kind === 'update') {
    encoding.writeVarUint(encoder, message.seq);
    encoding.writeVarUint(encoder, message.previousSeq);
    encoding.writeFloat64(encoder, message.sentAt);
    encoding.writeVarUint8Array(encoder, message.update);
  } else if (message.kind === 'awareness') {
    encoding.writeVarString(encoder, message.presenceScope);
    encoding.writeVarUint8Array(encoder, message.update);
  }
  return Buffer.from(encoding.toUint8Array(encoder));
}
