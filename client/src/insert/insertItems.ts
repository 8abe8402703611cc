import type { InsertProtocolBlockOptions, ProtocolBlockKind } from '@yttra/editor';

/** One entry of the "Infoga" menu and the slash menu: a protocol block and how to find it by typing. */
export interface InsertItem {
  id: string;
  label: string;
  kind: ProtocolBlockKind;
  options?: InsertProtocolBlockOptions;
  /** Other words people use for the block (yrkande, omröstning …), matched by the slash menu's filter. */
  keywords: readonly string[];
  /**
   * Offered only where the document's template has a place for it: the procedure blocks of version-2 templates
   * (motions, rounds of votes …) are no choice at all for a board whose protocols never write them.
   */
  onlyWherePlaced?: boolean;
}

const procedure = (
  id: string,
  label: string,
  options: InsertProtocolBlockOptions,
  keywords: readonly string[],
): InsertItem => ({ id, label, kind: 'procedureBlock', options, keywords, onlyWherePlaced: true });

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
  procedure('skriftligt-yrkande', 'Skriftligt yrkande', { procedure: 'writtenProposal' }, [
    'tilläggsyrkande',
    'återremissyrkande',
    'yrkande från',
  ]),
  procedure('yrkande-vid-sammantradet', 'Yrkande vid sammanträdet', { procedure: 'motion' }, [
    'yrkar',
    'bifall',
    'avslag',
    'återremiss',
  ]),
  procedure('propositionsordning', 'Propositionsordning', { procedure: 'propositions' }, [
    'proposition',
    'motförslag',
    'ordföranden',
  ]),
  procedure('omrostning', 'Omröstning', { procedure: 'voteRound' }, ['votering', 'röstning', 'ja', 'nej']),
  procedure('huvudvotering', 'Huvudvotering', { procedure: 'voteRound', main: true }, ['motförslag', 'votering']),
  procedure('anteckning-skrivelse', 'Protokollsanteckning genom skrivelse', { procedure: 'protocolNote' }, [
    'yttrande',
    'skrivelse',
    'anteckning',
  ]),
  procedure(
    'anteckning-deltar-inte',
    'Deltar inte i beslutet',
    { procedure: 'protocolNote', noteContent: 'notParticipating' },
    ['protokollsanteckning', 'anteckning'],
  ),
  procedure('tidigare-behandling', 'Tidigare behandling', { procedure: 'earlierHandling' }, [
    'bordlagt',
    'bordläggning',
  ]),
  procedure('protokollsutdrag', 'Protokollsutdrag skickas till', { procedure: 'extractRecipients' }, [
    'mottagare',
    'utdrag',
  ]),
];
