import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import type { DocumentShape } from './shapes/documentShape';
import { createSharedExtensions } from './sharedExtensions';

const cached = new Map<DocumentShape, Schema>();

/** The ProseMirror schema of a Yttra document of the given shape, built from the shared extension set. */
export function getEditorSchema(shape: DocumentShape = 'protocol'): Schema {
  let schema = cached.get(shape);
  if (!schema) {
    schema = getSchema(createSharedExtensions({ shape }));
    cached.set(shape, schema);
  }
  return schema;
}
