import { describe, expect, it } from 'vitest';
import { rowProblems } from './rowProblems';

describe('rowProblems', () => {
  const rows = ['HL 2019/310-2', 'HL 2019/310-1', 'HL 2019/311-1', 'HL 2019/310-1', ''];

  it('finds nothing wrong with well-numbered rows', () => {
    expect(rowProblems('HL 2019/310', rows, 0)).toEqual([]);
    expect(rowProblems('HL 2019/310', rows, 1)).toEqual([]);
  });

  it('gives each row the domain’s messages about it alone', () => {
    expect(rowProblems('HL 2019/310', rows, 2)).toEqual([
      'Rad 3: handlingsnumret "HL 2019/311-1" ska börja med ärendets diarienummer följt av bindestreck ("HL 2019/310-").',
    ]);
    expect(rowProblems('HL 2019/310', rows, 3)).toEqual([
      'Rad 4: handlingsnumret "HL 2019/310-1" finns redan på rad 2.',
    ]);
  });

  it('leaves a row without a number, and every row while the case number is empty, alone', () => {
    expect(rowProblems('HL 2019/310', rows, 4)).toEqual([]);
    expect(rowProblems('', rows, 2)).toEqual([]);
    expect(rowProblems('HL 2019/310', rows, 9)).toEqual([]);
  });
});
