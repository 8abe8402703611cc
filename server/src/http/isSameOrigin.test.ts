import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './isSameOrigin';

describe('isSameOrigin', () => {
  it('accepts our own origin and refuses another', () => {
    expect(isSameOrigin('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
    expect(isSameOrigin('https://yttra.kommun.se', 'Yttra.Kommun.se')).toBe(true);
    expect(isSameOrigin('https://evil.example', '127.0.0.1:3000')).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:3000', undefined)).toBe(false);
  });

  it('tells malformed origins apart instead of throwing', () => {
    for (const origin of ['null', 'http://[::1', 'not a url', '', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(isSameOrigin(origin, '127.0.0.1:3000'), origin).toBeUndefined();
    }
  });
});
