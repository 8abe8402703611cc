import type { RenderBlock } from '@yttra/domain';

/** Test support: a short paragraph with one block of every kind, and two additions and two attachments in a row. */
export function sampleBlocks(): RenderBlock[] {
  return [
    { kind: 'pageHeader', board: 'Nämnden', protocol: 'Protokoll nr 1/2024', meetingDate: '2024-02-01' },
    { kind: 'paragraphNumber', text: '§ 3' },
    { kind: 'title', text: 'Titel på ärendet' },
    { kind: 'matterKind', text: 'Yttrande till kommunstyrelsen' },
    { kind: 'caseNumber', text: 'KS 2024/12' },
    { kind: 'heading', sectionId: 'beslut', text: 'Beslut' },
    { kind: 'text', text: 'Beslutsmening.' },
    { kind: 'numberedItem', number: 1, text: 'Första tillägget.' },
    { kind: 'numberedItem', number: 2, text: 'Andra tillägget.' },
    { kind: 'heading', sectionId: 'uttalande', text: 'Särskilt uttalande' },
    { kind: 'text', text: 'Eva Ek (S) anmälde ett särskilt uttalande.' },
    { kind: 'quote', paragraphs: ['"Första stycket.', 'Sista stycket."'] },
    { kind: 'heading', sectionId: 'uttalande', text: 'Särskilt uttalande' },
    { kind: 'text', text: 'Per Al (V) anmälde ett särskilt uttalande.' },
    { kind: 'quote', paragraphs: ['"Enda stycket."'] },
    { kind: 'heading', sectionId: 'handlingar', text: 'Handlingar i ärendet' },
    { kind: 'attachment', documentNumber: 'KS 2024/12-2', status: 'Godkänd', title: 'Tjänsteutlåtande' },
    { kind: 'attachment', documentNumber: 'KS 2024/12-1', title: 'Remiss' },
  ];
}
