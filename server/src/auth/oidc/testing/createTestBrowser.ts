export interface TestBrowser {
  /** One request, no redirect followed, carrying and storing cookies per origin like a browser would. */
  request(url: string | URL, init?: { method?: string; form?: Record<string, string> }): Promise<Response>;
  cookies(origin: string): Map<string, string>;
}

/**
 * Just enough of a browser for a sign-in: a cookie jar and manual redirects, so a test can stop at, inspect or
 * tamper with each hop. Cookies are kept per origin (scheme, host and port) because the provider and the app
 * share 127.0.0.1 and would otherwise see each other's cookies; paths and expiry beyond deletion are ignored.
 */
export function createTestBrowser(): TestBrowser {
  const jar = new Map<string, Map<string, string>>();
  const cookies = (origin: string) => {
    let forOrigin = jar.get(origin);
    if (!forOrigin) {
      forOrigin = new Map();
      jar.set(origin, forOrigin);
    }
    return forOrigin;
  };

  return {
    cookies,
    async request(url, init = {}) {
      const target = new URL(url);
      const stored = cookies(target.origin);
      const headers = new Headers();
      if (stored.size > 0) {
        headers.set('cookie', [...stored].map(([name, value]) => `${name}=${value}`).join('; '));
      }
      const response = await fetch(target, {
        method: init.method ?? (init.form ? 'POST' : 'GET'),
        headers,
        redirect: 'manual',
        ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const separator = pair.indexOf('=');
        const name = pair.slice(0, separator).trim();
        const value = pair.slice(separator + 1).trim();
        const deleted = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === '';
        if (deleted) stored.delete(name);
        else stored.set(name, value);
      }
      return response;
    },
  };
}
