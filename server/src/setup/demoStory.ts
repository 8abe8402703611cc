import type { ParagraphBlock } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import type { DraftKind } from '../storage/DocumentStore';

const blocks = seedParagraph.blocks;
const proposal = (id: string) => blocks.find((block) => block.type === 'proposal' && block.id === id)!;
const statements = blocks.filter((block) => block.type === 'statement');

export interface DemoDraft {
  title: string;
  draftKind: DraftKind;
  /** The demo account (demoBoard key) whose party group owns the draft and who writes and tables it. */
  author: string;
  /** Party abbreviations the draft is shared with (a coalition). */
  sharedWith: readonly string[];
  /** What the draft says: the seed's block, written through the domain-to-document mapping. */
  block: ParagraphBlock;
  tabled: boolean;
  /** Inserted into the paragraph already (tabled versions only). */
  assembled: boolean;
}

/**
 * The demo matter in progress, told by the seed paragraph (HL 2019/310, protokoll 8/2019 § 6): the meeting has
 * been held, both proposals are in the paragraph, V and S have tabled their statement, SD's statement and the
 * reservation are still drafts. What is left (table, insert, record the outcome) yields the seed exactly.
 */
export const demoStory = {
  drafts: [
    {
      title: 'Förslag till beslut från L, M, MP och C',
      draftKind: 'proposal',
      author: 'm',
      sharedWith: ['L', 'MP', 'C'],
      block: proposal('l-m-mp-c'),
      tabled: true,
      assembled: true,
    },
    {
      title: 'Förslag från V, S och SD: enligt förvaltningens förslag',
      draftKind: 'proposal',
      author: 'v',
      sharedWith: ['S', 'SD'],
      block: proposal('v-s-sd'),
      tabled: true,
      assembled: true,
    },
    {
      title: 'Särskilt uttalande från V och S',
      draftKind: 'statement',
      author: 'v',
      sharedWith: ['S'],
      block: statements[0]!,
      tabled: true,
      assembled: false,
    },
    {
      title: 'Särskilt uttalande från SD',
      draftKind: 'statement',
      author: 'sd',
      sharedWith: [],
      block: statements[1]!,
      tabled: false,
      assembled: false,
    },
    {
      title: 'Reservation från V, S och SD',
      draftKind: 'reservation',
      author: 'v',
      sharedWith: ['S', 'SD'],
      block: blocks.find((block) => block.type === 'reservation')!,
      tabled: false,
      assembled: false,
    },
  ] satisfies DemoDraft[],
  /** What the secretary has written in the paragraph before the meeting. */
  paragraph: {
    header: {
      protocolNumber: seedParagraph.header.protocolNumber,
      paragraphNumber: seedParagraph.header.paragraphNumber,
    },
    summary: blocks.find((block) => block.type === 'summary')!,
    attachments: blocks.find((block) => block.type === 'attachments')!,
  },
  /** A reviewer's comment on the majority proposal, waiting for an answer. */
  comment: {
    author: 'granskare',
    draft: 'Förslag till beslut från L, M, MP och C',
    quote: 'fasta lokala arbetsgrupper på operativ nivå',
    body: 'Bra formulering. Ska fältassistenterna nämnas uttryckligen här, eller räcker "fältarbetare"?',
  },
} as const;
