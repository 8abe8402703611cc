/**
 * WebSocket close codes the sync server uses. 4000–4999 is the range RFC 6455 leaves to applications;
 * the last three digits echo the closest HTTP status so logs read naturally.
 */
export const CloseCode = {
  /** Server is shutting down or restarting; clients should reconnect. */
  goingAway: 1001,
  /** The server lost a document's in-memory state (e.g. a failed write); reconnect to reload it. */
  internalError: 1011,
  /** A frame exceeded the configured maximum size (the standard code, sent by the ws layer). */
  messageTooBig: 1009,
  /** A frame could not be decoded: truncated, unknown message type, text instead of binary, bad update. */
  malformedMessage: 4400,
  /** The connection carries no valid credentials. */
  unauthorized: 4401,
  /** The user's read access to this document ended while connected (un-shared, role changed). */
  forbidden: 4403,
  /** No document with this id exists, or the user may not read it: a refusal that reveals nothing. */
  unknownDocument: 4404,
  /** The peer stopped answering pings. */
  timeout: 4408,
  /** What the user may see changed while connected (e.g. moved to another party group); reconnect. */
  accessChanged: 4409,
  /** Stored state could not be loaded; nothing was written, retry later. */
  loadFailed: 4500,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
