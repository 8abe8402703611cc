import type * as Y from 'yjs';
import { SuggestionChecker } from './SuggestionChecker';

/**
 * Why an update from a suggest-only connection of `authorId` may not be applied to `doc`, or null when it may (see
 * SuggestionChecker, which a loaded document keeps so that it does not copy the document for every update).
 */
export function findSuggestionRefusal(doc: Y.Doc, update: Uint8Array, authorId: string): string | null {
  const checker = new SuggestionChecker(doc);
  try {
    return checker.check(update, authorId);
  } finally {
    checker.destroy();
  }
}
