import { describe, expect, it } from 'vitest';
import { currentReturnTo, oidcLoginHref, returnToFromSearch, safeReturnTo } from './returnTo';

describe('safeReturnTo', () => {
  it('keeps paths on this site, query and fragment included', () => {
    expect(safeReturnTo('/arenden/abc')).toBe('/arenden/abc');
    expect(safeReturnTo('/d/abc123?x=1#y')).toBe('/d/abc123?x=1#y');
  });

  it('refuses anything that could lead to another host', () => {
    for (const value of ['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example', 'x']) {
      expect(safeReturnTo(value), value).toBe('/');
    }
    expect(safeReturnTo(null)).toBe('/');
    expect(safeReturnTo(`/${'a'.repeat(3000)}`)).toBe('/');
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeReturnTo('/logga-in')).toBe('/');
    expect(safeReturnTo('/logga-in?returnTo=/x')).toBe('/');
  });
});

describe('returnToFromSearch and currentReturnTo', () => {
  it('reads the sign-in page’s returnTo, safely', () => {
    expect(returnToFromSearch('?returnTo=%2Farenden%2F1')).toBe('/arenden/1');
    expect(returnToFromSearch('returnTo=https://evil.example')).toBe('/');
    expect(returnToFromSearch('')).toBe('/');
  });

  it('is the page itself when the sign-in page stands in for it', () => {
    expect(currentReturnTo('/d/abc123', '')).toBe('/d/abc123');
    expect(currentReturnTo('/d/abc123', '?v=2')).toBe('/d/abc123?v=2');
    expect(currentReturnTo('/logga-in', '?returnTo=%2Farenden%2F1')).toBe('/arenden/1');
  });
});

describe('oidcLoginHref', () => {
  it('links to the municipality’s sign-in with an encoded, safe returnTo', () => {
    expect(oidcLoginHref('/arenden/1?a=b')).toBe('/auth/oidc/login?returnTo=%2Farenden%2F1%3Fa%3Db');
    expect(oidcLoginHref('//evil.example')).toBe('/auth/oidc/login?returnTo=%2F');
  });
});
