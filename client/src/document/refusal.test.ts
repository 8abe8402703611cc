import { CloseCode } from '@yttra/protocol';
import { describe, expect, it } from 'vitest';
import { isRefusalCode, refusalMessage } from './refusal';

describe('refusal close codes', () => {
  it('treats unknown document, forbidden and unauthorized as final', () => {
    expect(isRefusalCode(CloseCode.unknownDocument)).toBe(true);
    expect(isRefusalCode(CloseCode.forbidden)).toBe(true);
    expect(isRefusalCode(CloseCode.unauthorized)).toBe(true);
  });

  it('keeps retrying after transient closes', () => {
    for (const code of [
      CloseCode.goingAway,
      CloseCode.malformedMessage,
      CloseCode.timeout,
      CloseCode.loadFailed,
      1006,
    ]) {
      expect(isRefusalCode(code), String(code)).toBe(false);
    }
  });

  it('explains each refusal in Swedish', () => {
    expect(refusalMessage(CloseCode.unknownDocument)).toMatch(/^Dokumentet finns inte/);
    expect(refusalMessage(CloseCode.forbidden)).toMatch(/inte behörighet/);
    expect(refusalMessage(CloseCode.unauthorized)).toMatch(/inte behörighet/);
    // Final only once DocumentSession gave up on a change the server refuses on every connection.
    expect(refusalMessage(CloseCode.malformedMessage)).toMatch(/inte sparade på servern/);
  });
});
