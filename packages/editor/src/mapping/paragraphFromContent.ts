import type { JSONContent } from '@tiptap/core';
import type { DecisionText, ProtocolParagraph } from '@yttra/domain';
import { getTemplate } from '../templates/getTemplate';
import { templateOfContent } from '../templates/templateOfContent';
import { type TemplateRegistry, templateRegistry } from '../templates/templateRegistry';
import { collectContent } from './collectContent';
import { findHeaderNode } from './findHeaderNode';
import { jsonChildren } from './jsonChildren';
import { readHeader } from './readHeader';
import { readParagraphExtras } from './readParagraphExtras';
import { resolveBlocks } from './resolveBlocks';

export interface ParagraphFromContent {
  paragraph: ProtocolParagraph;
  /**
   * What the mapping had to fill in, leave out or reinterpret, in Swedish for the secretary. Whether the result is
   * a valid paragraph (well-formed dates and numbers, consistent references) is for `parseProtocolParagraph`.
   */
  problems: string[];
}

/**
 * Maps an editor document (ProseMirror JSON) to the domain's protocol paragraph, following docs/document-model.md.
 * Tolerant by design, since documents are merged from concurrent edits: it never throws, never drops text, and its
 * result always renders (references that point nowhere are dropped and reported).
 */
export function paragraphFromContent(
  json: JSONContent,
  templates: TemplateRegistry = templateRegistry,
): ParagraphFromContent {
  const problems: string[] = [];
  const headerNode = findHeaderNode(json);
  const { header, replyTo, templateId } = readHeader(headerNode, problems);
  if (headerNode && !getTemplate(templateId, templates)) {
    problems.push(`Mallen "${templateId}" finns inte; standardmallen används.`);
  }
  const template = templateOfContent(json, templates);

  // The administration's proposal is always the standard one: approve the staff report as the reply to `replyTo`.
  const administrationProposal: DecisionText | undefined =
    replyTo === ''
      ? undefined
      : {
          sentence: { kind: 'approveReportAsReply', recipient: replyTo, statesInAddition: false },
          paragraphs: [],
          additions: [],
        };

  const drafts = collectContent(jsonChildren(json), template, headerNode, problems);
  const blocks = resolveBlocks(drafts, administrationProposal, template, problems);
  const extra = headerNode ? readParagraphExtras(headerNode, template, header) : { problemsToDrop: [] };
  const { chair, quotationMarks } = extra;
  return {
    paragraph: {
      header,
      ...(administrationProposal ? { administrationProposal } : {}),
      ...(chair ? { chair } : {}),
      ...(quotationMarks ? { quotationMarks } : {}),
      blocks,
    },
    problems: [...new Set(problems)].filter((problem) => !extra.problemsToDrop.includes(problem)),
  };
}
