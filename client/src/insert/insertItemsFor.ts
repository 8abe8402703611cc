import type { DocumentShape } from '@yttra/editor';
import { INSERT_ITEMS, type InsertItem } from './insertItems';

/** What a party writes into its proposal besides prose: the decision sentence and numbered additions. */
const PROPOSAL_ITEMS = new Set(['decision-sentence', 'numbered-additions']);

/**
 * The blocks "Infoga" and the slash menu offer in a document of this shape. The paragraph (which only its
 * administrator may write) takes every block; a party's proposal only the parts of its own decision text; a
 * statement or reservation is its people and its text, so nothing.
 */
export function insertItemsFor(shape: DocumentShape): readonly InsertItem[] {
  if (shape === 'protocol') return INSERT_ITEMS;
  if (shape === 'proposal') return INSERT_ITEMS.filter((item) => PROPOSAL_ITEMS.has(item.id));
  return [];
}
