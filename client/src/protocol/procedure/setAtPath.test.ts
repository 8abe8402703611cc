import { describe, expect, it } from 'vitest';
import { setAtPath } from './setAtPath';

describe('setAtPath', () => {
  it('replaces one value and copies only what lies on the path', () => {
    const block = { type: 'motion', movers: [{ name: 'A' }, { name: 'B' }], items: [{ item: { type: 'approve' } }] };
    const next = setAtPath(block, ['movers', 1, 'name'], 'C') as typeof block;
    expect(next.movers[1]).toEqual({ name: 'C' });
    expect(block.movers[1]).toEqual({ name: 'B' });
    expect(next.items).toBe(block.items);
    expect(next.movers[0]).toBe(block.movers[0]);
  });

  it('removes a key set to undefined, and creates missing containers', () => {
    expect(setAtPath({ a: 1, form: 'mover' }, ['form'], undefined)).toEqual({ a: 1 });
    expect(setAtPath({}, ['steps', 0, 'sequence'], 'first')).toEqual({ steps: [{ sequence: 'first' }] });
  });
});
