import { getEditorSchema } from '@yttra/editor';
import { describe, expect, it } from 'vitest';
import { unfinishedMentionables } from './unfinishedMentionables';

const schema = getEditorSchema();
const block = (value: object) => ({ type: 'procedureBlock', attrs: { block: JSON.stringify(value) } });

describe('unfinishedMentionables', () => {
  it('offers motions and written proposals being filled in, not those already in the paragraph', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'protocolHeader', attrs: {} },
        {
          type: 'protocolSection',
          attrs: { sectionId: 'yrkanden' },
          content: [
            block({ type: 'motion', id: 'm1', movers: [], items: [] }),
            block({ type: 'writtenProposal', id: 'w1', kind: 'addition', parties: ['SD'] }),
            block({ type: 'extractRecipients', recipients: [''] }),
          ],
        },
      ],
    });
    const paragraph = {
      header: {} as never,
      blocks: [{ type: 'writtenProposal', id: 'w1', kind: 'addition', parties: ['SD'] }],
    } as never;
    expect(unfinishedMentionables(doc, paragraph)).toEqual([
      { value: 'm1', label: 'Yrkande vid sammanträdet (inte färdigt ifyllt)' },
    ]);
  });
});
