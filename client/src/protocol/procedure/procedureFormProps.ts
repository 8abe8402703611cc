import type { BlockProblems } from './blockProblems';
import type { BlockPath } from './setAtPath';

/**
 * What each block's form gets: the block as stored (possibly still incomplete), a setter that writes one field of
 * it (the whole block is then stored at once) and the validation messages by field.
 */
export interface ProcedureFormProps<Block> {
  block: Block;
  set: (path: BlockPath, value: unknown) => void;
  problems: BlockProblems;
}
