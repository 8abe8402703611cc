import { describe, expect, it } from 'vitest';
import type { RenderBlock } from './renderBlock';
import { renderPlainText } from './renderPlainText';

describe('renderPlainText', () => {
  it('lays blocks out as a printed protocol: tight header, heading on its content, blank lines between paragraphs', () => {
    const blocks: RenderBlock[] = [
      { kind: 'pageHeader', board: 'Nämnden', protocol: 'Protokoll nr 1/2024', meetingDate: '2024-02-01' },
      { kind: 'paragraphNumber', text: '§ 3' },
      { kind: 'title', text: 'Titel' },
      { kind: 'matterKind', text: 'Yttrande' },
      { kind: 'caseNumber', text: 'KS 2024/12' },
      { kind: 'heading', sectionId: 'beslut', text: 'Beslut' },
      { kind: 'text', text: 'Beslutsmening.' },
      { kind: 'numberedItem', number: 1, text: 'Tillägg.' },
      { kind: 'heading', sectionId: 'uttalande', text: 'Särskilt uttalande' },
      { kind: 'text', text: 'X (S) anmälde ett särskilt uttalande.' },
      { kind: 'quote', paragraphs: ['"Första.', 'Sista."'] },
      { kind: 'heading', sectionId: 'handlingar', text: 'Handlingar i ärendet' },
      { kind: 'attachment', documentNumber: 'KS 2024/12-2', status: 'Godkänd', title: 'Tjänsteutlåtande' },
      { kind: 'attachment', documentNumber: 'KS 2024/12-1', title: 'Remiss' },
    ];
    expect(renderPlainText(blocks)).toBe(
      [
        'Nämnden Protokoll nr 1/2024',
        '2024-02-01',
        '',
        '§ 3',
        'Titel',
        'Yttrande',
        'KS 2024/12',
        '',
        'Beslut',
        'Beslutsmening.',
        '',
        '1. Tillägg.',
        '',
        'Särskilt uttalande',
        'X (S) anmälde ett särskilt uttalande.',
        '',
        '"Första.',
        '',
        'Sista."',
        '',
        'Handlingar i ärendet',
        'KS 2024/12-2 (Godkänd) Tjänsteutlåtande',
        'KS 2024/12-1 Remiss',
        '',
      ].join('\n'),
    );
  });

  it('renders nothing as an empty string', () => {
    expect(renderPlainText([])).toBe('');
  });
});
