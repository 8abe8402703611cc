import { CloseCode } from '@yttra/protocol';
import { describe, expect, it } from 'vitest';
import { MALFORMED_CLOSES_BEFORE_GIVING_UP, RepeatedRefusal } from './RepeatedRefusal';

describe('RepeatedRefusal', () => {
  it('gives up on the third 4400 in a row', () => {
    const refusal = new RepeatedRefusal();
    const answers = Array.from({ length: MALFORMED_CLOSES_BEFORE_GIVING_UP }, () =>
      refusal.closed(CloseCode.malformedMessage),
    );
    expect(answers).toEqual([false, false, true]);
  });

  it('starts counting again once the server confirmed the edits stored', () => {
    const refusal = new RepeatedRefusal();
    refusal.closed(CloseCode.malformedMessage);
    refusal.closed(CloseCode.malformedMessage);
    refusal.allConfirmed();
    expect(refusal.closed(CloseCode.malformedMessage)).toBe(false);
    expect(refusal.closed(CloseCode.malformedMessage)).toBe(false);
    expect(refusal.closed(CloseCode.malformedMessage)).toBe(true);
  });

  it('counts only refused frames: restarts, timeouts and dropped networks are retried for ever', () => {
    const refusal = new RepeatedRefusal();
    for (let round = 0; round < 10; round++) {
      for (const code of [
        CloseCode.goingAway,
        CloseCode.timeout,
        CloseCode.loadFailed,
        CloseCode.internalError,
        1006,
      ]) {
        expect(refusal.closed(code)).toBe(false);
      }
    }
    expect(refusal.closed(CloseCode.malformedMessage)).toBe(false);
  });
});
