/** Path prefix under which the server accepts y-websocket connections: `${SYNC_PATH}/:documentId`. */
export const SYNC_PATH = '/sync';

/**
 * Version of the document schema. Bumped when nodes or marks change incompatibly, so that a server can
 * recognise content written by an older client.
 */
export const SCHEMA_VERSION = 1;

/** Name of the Y.XmlFragment that holds the editor content (Tiptap's Collaboration default). */
export const CONTENT_FRAGMENT = 'default';

/**
 * Name of the Y.Map in a party's draft that holds the matter's header, written by the server: the draft itself has
 * no header, but its sentences are phrased with the board and the recipient of the remissvar.
 */
export const DRAFT_CONTEXT_MAP = 'draftContext';
