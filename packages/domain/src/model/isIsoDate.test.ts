import { describe, expect, it } from 'vitest';
import { isIsoDate } from './isIsoDate';
import { parseCaseNumber } from './parseCaseNumber';

describe('isIsoDate', () => {
  it('accepts real dates written yyyy-mm-dd, leap days included', () => {
    expect(isIsoDate('2019-08-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('refuses dates that do not exist or are written another way', () => {
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-8-29')).toBe(false);
    expect(isIsoDate('29/08/2019')).toBe(false);
    expect(isIsoDate('2019-08-29T10:00')).toBe(false);
  });
});

describe('parseCaseNumber', () => {
  it('splits a diarienummer into register prefix, year and serial', () => {
    expect(parseCaseNumber('HL 2019/310')).toEqual({ registerPrefix: 'HL', year: 2019, serial: 310 });
    expect(parseCaseNumber('KS 2024/1234')).toEqual({ registerPrefix: 'KS', year: 2024, serial: 1234 });
  });

  it('refuses numbers that are not written the standard way', () => {
    expect(parseCaseNumber('HL2019/310')).toBeUndefined();
    expect(parseCaseNumber('hl 2019/310')).toBeUndefined();
    expect(parseCaseNumber('HL 19/310')).toBeUndefined();
    expect(parseCaseNumber('HL 2019/310-1')).toBeUndefined();
    expect(parseCaseNumber('HL 2019/0310')).toBeUndefined();
  });
});
