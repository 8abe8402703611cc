import type { JSONContent } from '@tiptap/core';
import { renderPlainText, stockholmDistrictBoardTemplate } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { draftFromContent } from './draftFromContent';
import { renderDraft } from './renderDraft';

const header = { templateId: 'stockholm-district-board' };
const person = { type: 'person', attrs: { name: 'Anna Ek', party: 'M', andOthers: false, role: '' } };
const draft = (shape: 'proposal' | 'statement' | 'reservation', people: JSONContent[]): JSONContent => ({
  type: 'doc',
  content: [
    {
      type: shape,
      attrs: shape === 'proposal' ? { proposalId: 'p1', kind: 'own' } : {},
      content: [
        {
          type: 'personList',
          attrs: { purpose: { proposal: 'proposers', statement: 'authors', reservation: 'reservants' }[shape] },
          content: people,
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Vår text.' }] },
      ],
    },
  ],
});
const download = (shape: 'proposal' | 'statement' | 'reservation', people: JSONContent[]) => {
  const { paragraph } = draftFromContent(draft(shape, people), shape, header);
  return renderPlainText(renderDraft(paragraph, stockholmDistrictBoardTemplate, 'Utkast'));
};

describe('renderDraft', () => {
  it('prints no sentence without a subject while a block has no people yet, as the editor shows none', () => {
    for (const shape of ['proposal', 'statement', 'reservation'] as const) {
      const text = download(shape, []);
      expect(text, shape).toContain('Vår text.');
      expect(text, shape).not.toMatch(/^ \S/m);
    }
  });

  it('prints the sentence naming the people once there are some', () => {
    expect(download('proposal', [person])).toContain('Anna Ek (M) lade fram ett förslag');
    expect(download('reservation', [person])).toContain('Anna Ek (M) reserverade sig');
    expect(download('statement', [person])).toMatch(/Anna Ek \(M\) \S+/);
  });
});
