import type { DraftBlockKind } from '../content/draftContent';
import type { DraftShape } from './documentShape';

/** A protocol note is a statement of the kind protokollsanteckning; every other draft kind is its own shape. */
export function shapeOfDraftKind(kind: DraftBlockKind): DraftShape {
  return kind === 'protocolNote' ? 'statement' : kind;
}
