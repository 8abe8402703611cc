import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTemplate } from './getTemplate';
import { registerTemplates } from './registerTemplates';

const example = JSON.parse(
  readFileSync(new URL('../../../../test/fixtures/templates/exempelkommunen-ks.json', import.meta.url), 'utf8'),
);

describe('registerTemplates', () => {
  it('makes a served template available to every lookup, after validating it', () => {
    expect(getTemplate('exempel-registrerad')).toBeUndefined();
    registerTemplates({ 'exempel-registrerad': example });
    expect(getTemplate('exempel-registrerad')?.sections[1]?.heading).toBe('Yrkanden');
  });

  it('refuses an invalid template and never replaces a built-in one', () => {
    expect(() => registerTemplates({ trasig: { name: 'x' } })).toThrow();
    const builtIn = getTemplate('stockholm-district-board');
    registerTemplates({ 'stockholm-district-board': example });
    expect(getTemplate('stockholm-district-board')).toBe(builtIn);
  });
});
