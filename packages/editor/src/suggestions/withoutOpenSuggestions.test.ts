import { describe, expect, it } from 'vitest';
import { withoutOpenSuggestions } from './withoutOpenSuggestions';

const by = { id: 's1', authorId: 'l', authorName: 'Lena', createdAt: 1 };

describe('withoutOpenSuggestions', () => {
  it('leaves suggested insertions out and keeps suggested deletions as plain text', () => {
    const content = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Nämnden ' },
            { type: 'text', text: 'inte ', marks: [{ type: 'insertion', attrs: by }] },
            { type: 'text', text: 'bifaller', marks: [{ type: 'bold' }, { type: 'deletion', attrs: by }] },
            { type: 'text', text: '\u200B', marks: [{ type: 'insertion', attrs: by }] },
          ],
        },
      ],
    };
    expect(withoutOpenSuggestions(content)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Nämnden ' },
            { type: 'text', text: 'bifaller', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    });
  });
});
