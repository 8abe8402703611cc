import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { jsonContentKind } from '@yttra/editor';

const headingOf = (child: ProseMirrorNode): unknown => {
  if (child.type.name !== 'procedureBlock') return child.attrs.heading;
  try {
    return (JSON.parse(String(child.attrs.block)) as { heading?: unknown }).heading;
  } catch {
    return undefined;
  }
};

/**
 * Whether a section's heading is printed in the plural, decided as the export decides it: a block of the run that
 * chooses its heading's number wins, else the number of printed blocks in it (two protocol notes:
 * "Protokollsanteckningar").
 */
export function sectionHeadingIsPlural(section: ProseMirrorNode): boolean {
  let blocks = 0;
  let chosen: unknown;
  section.forEach((child) => {
    if (jsonContentKind({ type: child.type.name, attrs: child.attrs }) === undefined) return;
    blocks++;
    const heading = headingOf(child);
    if (chosen === undefined && (heading === 'singular' || heading === 'plural')) chosen = heading;
  });
  return chosen === undefined ? blocks > 1 : chosen === 'plural';
}
