import type { JSONContent } from '@tiptap/core';
import type { ProtocolTemplate } from '@yttra/domain';
import { blockContent, insertBlocksIntoContent } from '@yttra/editor';

export interface StaffReportImport {
  summary: string[];
  /** Set on the header only while it names no recipient yet. */
  replyTo: string | null;
  caseNumber: string;
}

export interface AppliedStaffReport {
  content: JSONContent;
  replacedSummary: boolean;
  setReplyTo: boolean;
  attachment: { documentNumber: string; title: string } | null;
}

const TITLE = 'Tjänsteutlåtande';
const same = (id: string) => id;
const isFilledRow = (row: JSONContent) => textOf(row).trim() !== '' || Boolean(row.attrs?.documentNumber);
const textOf = (node: JSONContent): string => node.text ?? (node.content ?? []).map(textOf).join('');

/**
 * The paragraph with the staff report in it: its summary section holds the report's summary, the header names
 * whom the reply goes to (when it said nothing yet), and Handlingar gets a row for the report unless it has one.
 */
export function applyStaffReport(
  paragraph: JSONContent,
  report: StaffReportImport,
  template: ProtocolTemplate,
): AppliedStaffReport {
  const summarySection = template.sections.find((section) => section.contents.includes('summary'))?.id;
  let replacedSummary = false;
  let setReplyTo = false;
  const rows = (paragraph.content ?? [])
    .flatMap((node) => node.content ?? [])
    .filter((node) => node.type === 'attachmentList')
    .flatMap((list) => list.content ?? []);
  const content = (paragraph.content ?? []).map((node): JSONContent => {
    if (node.type === 'protocolHeader' && report.replyTo && !node.attrs?.replyTo) {
      setReplyTo = true;
      return { ...node, attrs: { ...node.attrs, replyTo: report.replyTo } };
    }
    if (node.type === 'protocolSection' && node.attrs?.sectionId === summarySection) {
      replacedSummary = textOf(node).trim() !== '';
      return { ...node, content: blockContent({ type: 'summary', paragraphs: report.summary }, same) };
    }
    return node;
  });
  let next: JSONContent = { ...paragraph, content };
  let attachment: AppliedStaffReport['attachment'] = null;
  if (!rows.some((row) => textOf(row).trim().startsWith(TITLE))) {
    const prefix = `${report.caseNumber}-`;
    const used = rows
      .map((row) => String(row.attrs?.documentNumber ?? ''))
      .filter((number) => number.startsWith(prefix))
      .map((number) => Number.parseInt(number.slice(prefix.length), 10))
      .filter(Number.isFinite);
    attachment = { documentNumber: `${prefix}${Math.max(0, ...used) + 1}`, title: TITLE };
    const row = {
      type: 'attachmentRow',
      attrs: { documentNumber: attachment.documentNumber, status: '' },
      content: [{ type: 'text', text: TITLE }],
    };
    const hasList = rows.length > 0 || JSON.stringify(next).includes('"type":"attachmentList"');
    next = hasList
      ? {
          ...next,
          content: (next.content ?? []).map((node) => ({
            ...node,
            ...(node.content
              ? {
                  content: node.content.map((child) =>
                    child.type === 'attachmentList'
                      ? { ...child, content: [...(child.content ?? []).filter(isFilledRow), row] }
                      : child,
                  ),
                }
              : {}),
          })),
        }
      : insertBlocksIntoContent(
          next,
          blockContent(
            { type: 'attachments', rows: [{ documentNumber: attachment.documentNumber, title: TITLE }] },
            same,
          ),
          template,
        );
  }
  return { content: next, replacedSummary, setReplyTo, attachment };
}
