import type { NodeType, Schema } from '@tiptap/pm/model';

const cache = new WeakMap<Schema, ReadonlySet<string>>();

/** The node types that may stand somewhere in a document of this schema: reachable from the top node's content. */
export function reachableNodeNames(schema: Schema): ReadonlySet<string> {
  const cached = cache.get(schema);
  if (cached) return cached;
  const names = new Set<string>();
  const pending: NodeType[] = [schema.topNodeType];
  while (pending.length > 0) {
    const type = pending.pop()!;
    const seen = new Set([type.contentMatch]);
    const matches = [type.contentMatch];
    while (matches.length > 0) {
      const match = matches.pop()!;
      for (let index = 0; index < match.edgeCount; index += 1) {
        const { type: child, next } = match.edge(index);
        if (!names.has(child.name)) {
          names.add(child.name);
          pending.push(child);
        }
        if (!seen.has(next)) {
          seen.add(next);
          matches.push(next);
        }
      }
    }
  }
  cache.set(schema, names);
  return names;
}
