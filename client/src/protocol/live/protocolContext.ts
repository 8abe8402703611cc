import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ProposalBlock, ProtocolParagraph, ProtocolTemplate } from '@yttra/domain';
import { paragraphFromContent, templateOfContent, templateOfDocument } from '@yttra/editor';

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

const cache = new WeakMap<ProseMirrorNode, { header: Record<string, unknown> | undefined; context: ProtocolContext }>();

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
 * views ask (each transaction makes a new document). A party's draft holds no header: `draftHeader` (the matter's,
 * see DraftContext) stands in for it, so the draft phrases as its downloads do.
 */
export function protocolContextOf(doc: ProseMirrorNode, draftHeader?: Record<string, unknown>): ProtocolContext {
  const cached = cache.get(doc);
  if (cached && cached.header === draftHeader) return cached.context;
  const ownHeader = headerOf(doc);
  const json = doc.toJSON();
  const content =
    ownHeader || !draftHeader
      ? json
      : { ...json, content: [{ type: 'protocolHeader', attrs: draftHeader }, ...(json.content ?? [])] };
  const header = ownHeader?.attrs ?? draftHeader;
  const { paragraph } = paragraphFromContent(content);
  const context: ProtocolContext = {
    template: ownHeader || !draftHeader ? templateOfDocument(doc) : templateOfContent(content),
    board: text(header?.board),
    replyTo: text(header?.replyTo),
    caseNumber: text(header?.caseNumber),
    paragraph,
    proposals: paragraph.blocks.filter((block): block is ProposalBlock => block.type === 'proposal'),
  };
  cache.set(doc, { header: draftHeader, context });
  return context;
}
