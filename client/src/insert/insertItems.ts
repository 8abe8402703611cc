import type { InsertProtocolBlockOptions, ProtocolBlockKind } from '@yttra/editor';

/** One entry of the "Infoga" menu and the slash menu: a protocol block and how to find it by typing. */
export interface InsertItem {
  id: string;
  label: string;
  kind: ProtocolBlockKind;
  options?: InsertProtocolBlockOptions;
  /** Other words people use for the block (yrkande, omröstning …), matched by the slash menu's filter. */
  keywords: readonly string[];
}

export const INSERT_ITEMS: readonly InsertItem[] = [
  { id: 'decision-sentence', label: 'Beslutsmening', kind: 'decisionSentence', keywords: ['beslut'] },
  { id: 'numbered-additions', label: 'Numrerade tillägg', kind: 'numberedAdditions', keywords: ['tillägg', 'lista'] },
  { id: 'proposal', label: 'Förslag', kind: 'proposal', keywords: ['yrkande', 'förslag till beslut'] },
  { id: 'proposals-closing', label: 'Överläggningen avslutad', kind: 'proposalsClosing', keywords: ['ordföranden'] },
  { id: 'decision-procedure', label: 'Beslutsgång', kind: 'decisionProcedure', keywords: ['propositionsordning'] },
  { id: 'vote', label: 'Votering', kind: 'vote', keywords: ['omröstning', 'röstning'] },
  { id: 'reservation', label: 'Reservation', kind: 'reservation', keywords: ['reservera'] },
  {
    id: 'sarskilt-uttalande',
    label: 'Särskilt uttalande',
    kind: 'statement',
    options: { statementKind: 'sarskilt_uttalande' },
    keywords: ['uttalande'],
  },
  {
    id: 'protokollsanteckning',
    label: 'Protokollsanteckning',
    kind: 'statement',
    options: { statementKind: 'protokollsanteckning' },
    keywords: ['anteckning'],
  },
  {
    id: 'ersattaryttrande',
    label: 'Ersättaryttrande',
    kind: 'statement',
    options: { statementKind: 'ersattaryttrande' },
    keywords: ['ersättare', 'yttrande'],
  },
  {
    id: 'attachments',
    label: 'Handlingar',
    kind: 'attachmentList',
    keywords: ['handlingar i ärendet', 'bilagor', 'dokument'],
  },
];
