import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ProposalBlock, ProtocolParagraph, ProtocolTemplate } from '@yttra/domain';
import { paragraphFromContent, templateOfDocument } from '@yttra/editor';

/** What node views need to know about the rest of the document to phrase their own block. */
export interface ProtocolContext {
  template: ProtocolTemplate;
  board: string;
  replyTo: string;
  caseNumber: string;
  /** The whole document as the domain's paragraph (as the exports see it). */
  paragraph: ProtocolParagraph;
  proposals: ProposalBlock[];
}

const cache = new WeakMap<ProseMirrorNode, ProtocolContext>();

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function headerOf(doc: ProseMirrorNode): ProseMirrorNode | undefined {
  let header: ProseMirrorNode | undefined;
  doc.descendants((node) => {
    if (header) return false;
    if (node.type.name === 'protocolHeader') header = node;
    return !header;
  });
  return header;
}

/**
 * The context of a document state. Documents are immutable, so it is computed once per state however many node
 * views ask (each transaction makes a new document).
 */
export function protocolContextOf(doc: ProseMirrorNode): ProtocolContext {
  const cached = cache.get(doc);
  if (cached) return cached;
  const header = headerOf(doc);
  const { paragraph } = paragraphFromContent(doc.toJSON());
  const context: ProtocolContext = {
    template: templateOfDocument(doc),
    board: text(header?.attrs.board),
    replyTo: text(header?.attrs.replyTo),
    caseNumber: text(header?.attrs.caseNumber),
    paragraph,
    proposals: paragraph.blocks.filter((block): block is ProposalBlock => block.type === 'proposal'),
  };
  cache.set(doc, context);
  return context;
}
