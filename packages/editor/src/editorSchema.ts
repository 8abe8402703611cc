import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createSharedExtensions } from './sharedExtensions';

let cached: Schema | undefined;

/** The ProseMirror schema of a Yttra document, built from the shared extension set. */
export function getEditorSchema(): Schema {
  cached ??= getSchema(createSharedExtensions());
  return cached;
}
