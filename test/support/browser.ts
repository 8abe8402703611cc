import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

/**
 * The built client the server serves in browser tests (`pnpm build` makes it). YTTRA_TEST_CLIENT_DIR points a
 * long run (`pnpm fuzz:editor`) at a copy of it, so that rebuilding the client meanwhile cannot disturb it.
 */
export const CLIENT_DIST =
  process.env.YTTRA_TEST_CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
  if (!existsSync(`${CLIENT_DIST}/index.html`)) throw new Error('The client is not built: run pnpm build');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Someone with a browser session on the test server (see testBoard.ts): the `yttra_session` cookie's value. */
export interface SignedInUser {
  session: { cookie: string };
}

/** The name of the session cookie the server sets on sign-in. */
export const SESSION_COOKIE = 'yttra_session';

/** Signs a browser context in as `user`, as a sign-in through the page would: by its session cookie. */
export async function signIn(context: BrowserContext, baseUrl: string, user: SignedInUser): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE, value: user.session.cookie, url: baseUrl }]);
}

/**
 * A separate browser context per user, so no BroadcastChannel, storage or cookie is shared between them;
 * signed in as `user` when one is given, otherwise anonymous (the app then shows its sign-in page).
 */
export async function openAs(
  browser: Browser,
  baseUrl: string,
  user?: SignedInUser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'sv-SE', acceptDownloads: true });
  if (user) await signIn(context, baseUrl, user);
  const page = await context.newPage();
  return { context, page };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules plus best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
}
