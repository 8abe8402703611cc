import * as decoding from 'lib0/decoding';
import { MalformedMessageError } from './readClientMessage';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** Parsed JSON; null means the client removed its state. */
  state: unknown;
}

/**
 * Parses a y-protocols awareness update completely (every entry's JSON included) so that a bad one is
 * refused before any state is applied, and so the server can check which client ids it touches.
 */
export function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let index = 0; index < count; index++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after awareness update');
    return entries;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(`bad awareness update: ${error instanceof Error ? error.message : error}`);
  }
}
