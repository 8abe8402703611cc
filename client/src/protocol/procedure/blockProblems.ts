import { paragraphBlockSchema } from '@yttra/domain';
import type { BlockPath } from './setAtPath';

/** Validation messages of a block being filled in, by the path of the field they are about ("movers.0.name"). */
export interface BlockProblems {
  /** The message for exactly this field, if any. */
  at(path: BlockPath): string | undefined;
  /** Every message, for the block's summary. */
  all: readonly string[];
}

const key = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * The domain schema's own messages (Swedish) for the block as it stands: the form shows each beside its field, and
 * the export leaves the block out while there are any, so what the form calls missing is what the export misses.
 */
export function blockProblems(block: unknown): BlockProblems {
  const parsed = paragraphBlockSchema.safeParse(block);
  const byPath = new Map<string, string>();
  const all: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = key(issue.path);
      if (!byPath.has(path)) byPath.set(path, issue.message);
      if (!all.includes(issue.message)) all.push(issue.message);
    }
  }
  return { at: (path) => byPath.get(key(path)), all };
}
