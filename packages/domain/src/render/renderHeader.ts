import type { ProtocolParagraph } from '../model/protocolParagraphSchema';
import { fillPhrase } from '../phrase/fillPhrase';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import type { RenderBlock } from './renderBlock';

/**
 * The running header and the paragraph's header lines. Version 1 prints paragraph number, title, matter kind and
 * case number, one per line; a template's `header` lays the lines out itself ("§ 113 Ärendenummer SLK-2023-00307").
 */
export function renderHeader(paragraph: ProtocolParagraph, template: ProtocolTemplate): RenderBlock[] {
  const { header } = paragraph;
  const protocol = fillPattern(template.phrases.protocolNumber, { protocolNumber: header.protocolNumber });
  const values = {
    board: header.board,
    protocolNumber: header.protocolNumber,
    meetingDate: header.meetingDate,
    paragraphNumber: header.paragraphNumber,
    title: header.title,
    matterKind: header.matterKind,
    caseNumber: header.caseNumber,
    organisation: template.organisation?.name,
  };
  const layout = template.header;
  const pageHeader: RenderBlock = {
    kind: 'pageHeader',
    board: header.board,
    protocol,
    meetingDate: header.meetingDate,
    ...(layout
      ? {
          lines: layout.pageHeader.map((line) => fillPhrase(line, values)),
          footerLines: layout.pageFooter.map((line) => fillPhrase(line, values)),
        }
      : {}),
  };
  if (layout) {
    return [
      pageHeader,
      ...layout.lines.map((line): RenderBlock => ({ kind: line.kind, text: fillPhrase(line.pattern, values) })),
    ];
  }
  return [
    pageHeader,
    {
      kind: 'paragraphNumber',
      text: fillPattern(template.phrases.paragraphNumber, { paragraphNumber: header.paragraphNumber }),
    },
    { kind: 'title', text: header.title },
    ...(header.matterKind === undefined ? [] : [{ kind: 'matterKind' as const, text: header.matterKind }]),
    { kind: 'caseNumber', text: header.caseNumber },
  ];
}
