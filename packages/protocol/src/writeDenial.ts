/**
 * Reasons the sync server gives in y-websocket's "permission denied" auth message. It sends one when it dropped a
 * change a connection sent (the connection may not write, or may only suggest), and when a connection's right
 * to change the text ends while it is open; the connection itself stays open for reading.
 */
export const WriteDenial = {
  /** The connection may read (and perhaps comment) but not change the text: a reviewer, a locked paragraph. */
  readOnly: 'read-only',
  /** The connection may only add or withdraw its own suggestions, and the change did more. */
  suggestionsOnly: 'suggestions only',
  /** What the connection may change shrank while it was open (justering, a new role): ask again what it may do. */
  accessNarrowed: 'access narrowed',
} as const;
