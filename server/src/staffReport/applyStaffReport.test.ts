import type { JSONContent } from '@tiptap/core';
import {
  DEFAULT_TEMPLATE_ID,
  emptyProtocolContent,
  getTemplate,
  paragraphFromContent,
  templateRegistry,
} from '@yttra/editor';
import { describe, expect, it } from 'vitest';
import { applyStaffReport } from './applyStaffReport';

const template = getTemplate(DEFAULT_TEMPLATE_ID)!;
const report = {
  summary: ['Första stycket.', 'Andra stycket.'],
  replyTo: 'kommunstyrelsen',
  caseNumber: 'HL 2019/310',
};
const blocksOf = (content: JSONContent) => paragraphFromContent(content, templateRegistry).paragraph.blocks;

describe('applyStaffReport', () => {
  it('writes the summary and a row in Handlingar into an empty paragraph', () => {
    const applied = applyStaffReport(emptyProtocolContent('Remiss'), report, template);
    const blocks = blocksOf(applied.content);
    expect(blocks.find((block) => block.type === 'summary')).toEqual({ type: 'summary', paragraphs: report.summary });
    expect(blocks.find((block) => block.type === 'attachments')).toEqual({
      type: 'attachments',
      rows: [{ documentNumber: 'HL 2019/310-1', title: 'Tjänsteutlåtande' }],
    });
    expect(applied).toMatchObject({ replacedSummary: false, attachment: { documentNumber: 'HL 2019/310-1' } });
  });

  it('replaces an earlier summary, says so, and adds no second row', () => {
    const once = applyStaffReport(emptyProtocolContent('Remiss'), report, template).content;
    const twice = applyStaffReport(once, { ...report, summary: ['Ny text.'] }, template);
    expect(twice.replacedSummary).toBe(true);
    expect(twice.attachment).toBeNull();
    const blocks = blocksOf(twice.content);
    expect(blocks.find((block) => block.type === 'summary')).toEqual({ type: 'summary', paragraphs: ['Ny text.'] });
    expect(blocks.filter((block) => block.type === 'attachments')).toHaveLength(1);
  });
});
