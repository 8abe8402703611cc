import * as Y from 'yjs';

/** What an item refers to: its neighbours when it was made and the type it is in, as integrated or decoded. */
export function itemReferences(item: Y.Item): Y.ID[] {
  const references: Y.ID[] = [];
  if (item.origin) references.push(item.origin);
  if (item.rightOrigin) references.push(item.rightOrigin);
  const { parent } = item as unknown as { parent: unknown };
  if (parent instanceof Y.ID) references.push(parent);
  else if (parent instanceof Y.AbstractType && parent._item) references.push(parent._item.id);
  return references;
}
