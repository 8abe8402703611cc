/** Path prefix under which the server accepts y-websocket connections: `${SYNC_PATH}/:documentId`. */
export const SYNC_PATH = '/sync';

/**
 * Version of the document schema. Bumped when nodes or marks change incompatibly, so that a server can
 * recognise content written by an older client.
 */
export const SCHEMA_VERSION = 1;

/** Name of the Y.XmlFragment that holds the editor content (Tiptap's Collaboration default). */
export const CONTENT_FRAGMENT = 'default';
