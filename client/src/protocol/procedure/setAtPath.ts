/** A path into a procedure block's JSON, as zod reports it: keys and array indexes. */
export type BlockPath = readonly (string | number)[];

/**
 * A copy of `value` with the value at `path` replaced, copying only the objects and arrays along the path, so that
 * a form writes one field of its block and leaves everything else as it was (also fields it does not show).
 */
export function setAtPath(value: unknown, path: BlockPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const array = Array.isArray(value) ? [...value] : [];
    array[key] = setAtPath(array[key], rest, next);
    return array;
  }
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  const record = object as Record<string, unknown>;
  if (next === undefined && rest.length === 0) delete record[key!];
  else record[key!] = setAtPath(record[key!], rest, next);
  return record;
}
