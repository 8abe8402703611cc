import type { JSONContent } from '@tiptap/core';
import { renderPlainText, stockholmDistrictBoardTemplate } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { draftContent } from '../content/draftContent';
import { getEditorSchema } from '../editorSchema';
import { draftFromContent } from '../mapping/draftFromContent';
import { renderDraft } from '../mapping/renderDraft';
import { normalizeDraftContent } from './normalizeDraftContent';

const template = stockholmDistrictBoardTemplate;
const text = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const person = (name: string, party: string): JSONContent => ({
  type: 'person',
  attrs: { name, party, andOthers: false, role: '' },
});
const header = {
  templateId: 'stockholm-district-board',
  board: 'Hägersten-Liljeholmens stadsdelsnämnd',
  protocolNumber: '',
  meetingDate: '2019-08-29',
  paragraphNumber: null,
  title: 'Samverkan',
  matterKind: 'Yttrande till kommunstyrelsen',
  caseNumber: 'HL 2019/310',
  replyTo: 'kommunstyrelsen',
};
const proposal = (...content: JSONContent[]): JSONContent => ({
  type: 'proposal',
  attrs: { proposalId: 'p1', kind: 'own' },
  content: [{ type: 'personList', attrs: { purpose: 'proposers' }, content: [person('Anna Ek', 'M')] }, ...content],
});
const downloadText = (document: JSONContent) => {
  const { paragraph } = draftFromContent(document, 'proposal', header);
  return renderPlainText(renderDraft(paragraph, template, 'Vårt förslag'));
};

describe('drafts in their shape', () => {
  it('leaves a draft in shape untouched (the same object)', () => {
    const draft = { type: 'doc', content: [proposal(text('Ett.'))] };
    const result = normalizeDraftContent(draft, 'proposal');
    expect(result.changed).toBe(false);
    expect(result.content).toBe(draft);
    for (const kind of ['proposal', 'statement', 'reservation', 'protocolNote'] as const) {
      const shape = kind === 'protocolNote' ? 'statement' : kind;
      expect(normalizeDraftContent(draftContent(kind), shape).changed, kind).toBe(false);
      expect(() => getEditorSchema(shape).nodeFromJSON(draftContent(kind)).check(), kind).not.toThrow();
    }
  });

  it('maps a stored draft of the old shape (header, section, text below the box) to its block, keeping every word', () => {
    const old: JSONContent = {
      type: 'doc',
      content: [
        { type: 'protocolHeader', attrs: header },
        {
          type: 'protocolSection',
          attrs: { sectionId: 'forslag' },
          content: [proposal(text('Inne.')), text('Nedanför.')],
        },
        { type: 'protocolSection', attrs: { sectionId: 'sammanfattning' }, content: [text('I sammanfattningen.')] },
      ],
    };
    const { content, changed } = normalizeDraftContent(old, 'proposal');
    expect(changed).toBe(true);
    expect(content.content?.map((node) => node.type)).toEqual(['proposal']);
    expect(content.content?.[0]?.content?.map((node) => node.type)).toEqual([
      'personList',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(() => getEditorSchema('proposal').nodeFromJSON(content).check()).not.toThrow();
    const download = downloadText(old);
    for (const words of ['Inne.', 'Nedanför.', 'I sammanfattningen.']) expect(download).toContain(words);
  });

  it('replaces paragraph-only blocks inside the draft by their text, and gives a block without people its list', () => {
    const hostile: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'proposal',
          attrs: { proposalId: 'p1', kind: 'own' },
          content: [
            text('Först.'),
            { type: 'decisionProcedure', attrs: { winningProposal: '' } },
            {
              type: 'attachmentList',
              content: [{ type: 'attachmentRow', attrs: {}, content: [{ type: 'text', text: 'Rad' }] }],
            },
          ],
        },
        { type: 'protocolHeader', attrs: header },
        { type: 'statement', attrs: { kind: 'sarskilt_uttalande' }, content: [{ type: 'personList' }, text('Annat.')] },
      ],
    };
    const { content } = normalizeDraftContent(hostile, 'proposal');
    expect(() => getEditorSchema('proposal').nodeFromJSON(content).check()).not.toThrow();
    const block = content.content?.[0];
    expect(content.content).toHaveLength(1);
    expect(block?.content?.[0]?.type).toBe('personList');
    const json = JSON.stringify(content);
    for (const gone of ['decisionProcedure', 'attachmentList', 'protocolHeader', 'statement'])
      expect(json).not.toContain(gone);
    for (const kept of ['Först.', 'Rad', 'Annat.']) expect(json).toContain(kept);
  });

  it('prints in the download everything the draft shows: the proposal sentence, decision sentence, text and additions', () => {
    const draft: JSONContent = {
      type: 'doc',
      content: [
        proposal(
          { type: 'decisionSentence', attrs: { kind: 'approveReportAsReply', statesInAddition: true, text: '' } },
          text('Inledning.'),
          {
            type: 'numberedAdditions',
            content: [
              { type: 'additionItem', content: [text('Första tillägget.')] },
              { type: 'additionItem', content: [text('Andra tillägget.')] },
            ],
          },
          text('Sista meningen i Förslag 1.'),
        ),
      ],
    };
    expect(downloadText(draft)).toBe(
      [
        'Vårt förslag',
        'HL 2019/310 Samverkan',
        '',
        'Förslag till beslut',
        'Anna Ek (M) lade fram ett förslag och föreslog att nämnden skulle ställa sig bakom det.',
        '',
        'Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen och därutöver anför följande.',
        '',
        'Inledning.',
        '',
        'Sista meningen i Förslag 1.',
        '',
        '1. Första tillägget.',
        '',
        '2. Andra tillägget.',
        '',
      ].join('\n'),
    );
  });
});
