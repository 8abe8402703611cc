import { demoToken } from './testServer';

/** JSON calls to a demo server as its demo accounts (by demoBoard key), each with its own API token. */
export function demoApi(baseUrl: string) {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (key: string) => {
    let token = tokens.get(key);
    if (!token) {
      token = demoToken(baseUrl, key);
      tokens.set(key, token);
    }
    return token;
  };
  async function call<T>(
    key: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokenOf(key)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      json: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
    };
  }
  return { call, tokenOf };
}
