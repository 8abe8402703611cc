import { describe, expect, it } from 'vitest';
import { CommentHub } from './CommentHub';

describe('CommentHub', () => {
  it('tells every viewer of the document, and keeps later viewers when an early leaver leaves again', () => {
    const hub = new CommentHub();
    const told: string[] = [];
    const early = hub.subscribe('doc', () => told.push('early'));
    early();
    hub.subscribe('doc', () => told.push('later'));
    hub.subscribe('other', () => told.push('other'));
    early();
    hub.changed('doc');
    expect(told).toEqual(['later']);
  });
});
