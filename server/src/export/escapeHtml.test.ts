import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml(`<script>alert("x" + 'y')</script> & co`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; co',
    );
  });

  it('leaves Swedish text and already-escaped-looking text as text', () => {
    expect(escapeHtml('Hägersten-Liljeholmens § 6')).toBe('Hägersten-Liljeholmens § 6');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
