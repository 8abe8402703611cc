import { describe, expect, it } from 'vitest';
import { validateAttachments } from './validateAttachments';

const rows = (...numbers: string[]) => numbers.map((documentNumber) => ({ documentNumber }));

describe('validateAttachments', () => {
  it('accepts the seed list: unsorted, with and without a dot part', () => {
    expect(
      validateAttachments('HL 2019/310', rows('HL 2019/310-2', 'HL 2019/310-1', 'HL 2019/310-1.1', 'HL 2019/310-1.3')),
    ).toEqual([]);
  });

  it('refuses a number from another matter, even one whose case number starts the same way', () => {
    expect(validateAttachments('HL 2019/310', rows('HL 2019/311-1', 'HL 2019/3101-1'))).toEqual([
      'Rad 1: handlingsnumret "HL 2019/311-1" ska börja med ärendets diarienummer följt av bindestreck ("HL 2019/310-").',
      'Rad 2: handlingsnumret "HL 2019/3101-1" ska börja med ärendets diarienummer följt av bindestreck ("HL 2019/310-").',
    ]);
  });

  it('refuses sub-numbers that are not N or N.N', () => {
    const problems = validateAttachments(
      'HL 2019/310',
      rows('HL 2019/310-', 'HL 2019/310-1.2.3', 'HL 2019/310-a', 'HL 2019/310-01'),
    );
    expect(problems).toHaveLength(4);
    expect(problems[1]).toBe(
      'Rad 2: undernumret "1.2.3" i "HL 2019/310-1.2.3" ska vara ett tal eller två tal med punkt emellan, t.ex. 1 eller 1.1.',
    );
  });

  it('refuses a number that is listed twice, naming the earlier row', () => {
    expect(validateAttachments('HL 2019/310', rows('HL 2019/310-1', 'HL 2019/310-2', 'HL 2019/310-1'))).toEqual([
      'Rad 3: handlingsnumret "HL 2019/310-1" finns redan på rad 1.',
    ]);
  });
});
