import type { TestBrowser } from './createTestBrowser';

export interface ProviderVisit {
  /** Login name typed into the development login form. */
  login: string;
  /** `cancel` follows the form's cancel link, which makes the provider answer `error=access_denied`. */
  choice?: 'sign-in' | 'cancel';
}

/**
 * Walks oidc-provider's development interactions (login form, then consent form) from the authorization URL
 * until the provider redirects away, and returns that redirect without following it, so the test decides what
 * reaches the app's callback.
 */
export async function signInAtProvider(
  browser: TestBrowser,
  authorizationUrl: URL,
  visit: ProviderVisit,
): Promise<URL> {
  let current = authorizationUrl;
  let response = await browser.request(current);
  // A bound, so that a provider stuck in a loop fails the test instead of hanging it.
  for (let hop = 0; hop < 20; hop++) {
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get('location') ?? '', current);
      if (next.origin !== authorizationUrl.origin) return next;
      current = next;
      response = await browser.request(current);
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`provider answered ${response.status} at ${current}: ${html}`);

    if (visit.choice === 'cancel') {
      const cancel = /<a href="([^"]*\/abort)"/.exec(html)?.[1];
      if (!cancel) throw new Error(`no cancel link at ${current}`);
      current = new URL(decodeEntities(cancel), current);
      response = await browser.request(current);
      continue;
    }

    const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    if (!form?.[1] || form[2] === undefined) throw new Error(`no form at ${current}: ${html}`);
    const fields: Record<string, string> = {};
    for (const input of form[2].matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]*)"[^>]*value="([^"]*)"/g)) {
      fields[decodeEntities(input[1] ?? '')] = decodeEntities(input[2] ?? '');
    }
    if (/name="login"/.test(form[2])) {
      fields.login = visit.login;
      fields.password = 'any password';
    }
    current = new URL(decodeEntities(form[1]), current);
    response = await browser.request(current, { form: fields });
  }
  throw new Error(`provider did not redirect back within 20 steps, last at ${current}`);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
