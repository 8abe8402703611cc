import { describe, expect, it } from 'vitest';
import { DEFAULT_MATTER_KIND, type NewMatterFields, validateNewMatter } from './validateNewMatter';

const fields: NewMatterFields = {
  organisationId: 'hl',
  caseNumber: ' HL 2019/310 ',
  title: ' Samverkan ',
  kind: '',
  meetingDate: '2019-08-29',
  replyDeadline: '',
};

describe('validateNewMatter', () => {
  it('trims, defaults the kind and leaves out empty dates', () => {
    expect(validateNewMatter(fields)).toEqual({
      ok: true,
      input: {
        organisationId: 'hl',
        caseNumber: 'HL 2019/310',
        title: 'Samverkan',
        kind: DEFAULT_MATTER_KIND,
        meetingDate: '2019-08-29',
      },
    });
  });

  it('names every field that is missing or malformed', () => {
    const result = validateNewMatter({ ...fields, caseNumber: ' ', title: '', replyDeadline: '15/9' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['caseNumber', 'replyDeadline', 'title']);
  });

  it('applies the server’s length limits', () => {
    const result = validateNewMatter({ ...fields, caseNumber: 'x'.repeat(41), title: 'y'.repeat(301) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.caseNumber).toContain('40');
  });
});
