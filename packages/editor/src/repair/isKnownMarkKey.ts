import type { Schema } from '@tiptap/pm/model';

/** y-prosemirror stores a mark that may overlap itself (e.g. two comments) under `name--hash`. */
const HASHED_MARK_KEY = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/** Whether a Yjs formatting attribute is a mark of the schema (y-prosemirror deletes text carrying any other). */
export function isKnownMarkKey(key: string, schema: Schema): boolean {
  const name = HASHED_MARK_KEY.exec(key)?.[1] ?? key;
  return Object.hasOwn(schema.marks, name);
}
