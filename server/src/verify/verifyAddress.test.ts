import { describe, expect, it } from 'vitest';
import { verifyAddress } from './verifyAddress';

describe('verifyAddress', () => {
  it('prefers the public address users reach the server at', () => {
    expect(verifyAddress('https://yttra.kommun.se/', 'http://127.0.0.1:3000/api/x')).toBe(
      'https://yttra.kommun.se/verify',
    );
  });

  it('falls back to the origin the request came to', () => {
    expect(verifyAddress(undefined, 'http://127.0.0.1:3000/api/matters/1/approve')).toBe(
      'http://127.0.0.1:3000/verify',
    );
  });
});
