import { parseTemplate, stockholmDistrictBoardTemplate } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { emptyProtocolContent } from '../content/emptyProtocolContent';
import { paragraphFromContent } from '../mapping/paragraphFromContent';
import { getTemplate } from './getTemplate';
import { templateOfContent } from './templateOfContent';

/** The Stockholm template with the headings of a board that writes "Yrkanden" and "Propositionsordning". */
const otherBoard = parseTemplate({
  ...stockholmDistrictBoardTemplate,
  sections: stockholmDistrictBoardTemplate.sections.map((section) =>
    section.id === 'forslagTillBeslut' ? { ...section, id: 'yrkanden', heading: 'Yrkanden' } : section,
  ),
});
const registry = { 'stockholm-district-board': stockholmDistrictBoardTemplate, 'annan-namnd': otherBoard };

describe('templateOfContent', () => {
  it("is the template the header's templateId names", () => {
    expect(templateOfContent(emptyProtocolContent('Ärende'))).toBe(stockholmDistrictBoardTemplate);
    expect(templateOfContent(emptyProtocolContent('Ärende', 'annan-namnd'), registry)).toBe(otherBoard);
  });

  it('falls back to the default template for an unknown id or a missing header, and the mapping says so', () => {
    const unknown = emptyProtocolContent('Ärende', 'saknas');
    expect(templateOfContent(unknown)).toBe(stockholmDistrictBoardTemplate);
    expect(templateOfContent({ type: 'doc', content: [] })).toBe(stockholmDistrictBoardTemplate);
    expect(paragraphFromContent(unknown).problems).toContain('Mallen "saknas" finns inte; standardmallen används.');
  });
});

describe('getTemplate', () => {
  it('finds registered templates only, not inherited object keys', () => {
    expect(getTemplate('stockholm-district-board')).toBe(stockholmDistrictBoardTemplate);
    expect(getTemplate('toString')).toBeUndefined();
  });
});
