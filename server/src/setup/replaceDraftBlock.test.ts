import { describe, expect, it } from 'vitest';
import { replaceDraftBlock } from './replaceDraftBlock';

const statement = { type: 'statement', attrs: { kind: 'sarskilt_uttalande' }, content: [{ type: 'paragraph' }] };
const written = { ...statement, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vår text.' }] }] };

describe('replaceDraftBlock', () => {
  it('replaces the first block of the same type where the draft holds it', () => {
    const draft = { type: 'doc', content: [{ type: 'protocolSection', content: [statement, statement] }] };
    expect(replaceDraftBlock(draft, written)).toEqual({
      type: 'doc',
      content: [{ type: 'protocolSection', content: [written, statement] }],
    });
  });

  it('appends the block when the draft has none of its type', () => {
    expect(replaceDraftBlock({ type: 'doc', content: [{ type: 'paragraph' }] }, written)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }, written],
    });
  });
});
