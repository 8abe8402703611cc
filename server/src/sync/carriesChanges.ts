import type { DecodedUpdate } from './findUpdateRefusal';

/** Whether an update holds anything at all: y-websocket's handshake step 2 from a client with nothing new does not. */
export function carriesChanges(decoded: DecodedUpdate): boolean {
  return decoded.structs.length > 0 || decoded.ds.clients.size > 0;
}
