import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ContentKind } from '@yttra/domain';
import { jsonContentKind } from '../content/jsonContentKind';

/** The template content kind a block node is printed as, or undefined for prose and other nodes. */
export function nodeContentKind(node: ProseMirrorNode): ContentKind | undefined {
  return jsonContentKind({ type: node.type.name, attrs: node.attrs });
}
