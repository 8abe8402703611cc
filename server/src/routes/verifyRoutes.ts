import { Hono } from 'hono';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import { CHECKSUM_PATTERN, findVerification, HASHED_FILE } from '../verify/findVerification';
import { verifyPage } from '../verify/verifyPage';

/**
 * `GET /api/verify/:checksum`, open to anyone, for machines: which approved paragraph a checksum belongs to.
 * The checksum is SHA-256 over the approved paragraph's text file as it is downloaded.
 */
export function verifyRoutes(store: DocumentStore, organisations: OrganisationStore) {
  return new Hono().get('/:checksum', async (c) => {
    const checksum = c.req.param('checksum').toLowerCase();
    if (!CHECKSUM_PATTERN.test(checksum)) return c.json({ valid: false, error: 'Ogiltig kontrollsumma' }, 400);
    const found = await findVerification(store, organisations, checksum);
    if (!found) return c.json({ valid: false }, 404);
    return c.json(
      {
        valid: true,
        checksum,
        title: found.title,
        board: found.board,
        caseNumber: found.caseNumber,
        meetingDate: found.meetingDate,
        approvedAt: new Date(found.approvedAt).toISOString(),
        hashed: HASHED_FILE,
      },
      200,
    );
  });
}

/** `GET /verify` and `/verify/:checksum`: the same answer as a Swedish page for people, open to anyone. */
export function verifyPageRoutes(store: DocumentStore, organisations: OrganisationStore) {
  const answer = async (input: string) => {
    const checksum = input.trim().toLowerCase();
    if (!CHECKSUM_PATTERN.test(checksum)) return { status: 400 as const, html: verifyPage({ kind: 'invalid', input }) };
    const verification = await findVerification(store, organisations, checksum);
    return verification
      ? { status: 200 as const, html: verifyPage({ kind: 'valid', verification }) }
      : { status: 404 as const, html: verifyPage({ kind: 'unknown', checksum }) };
  };
  return new Hono()
    .get('/', async (c) => {
      const input = c.req.query('kontrollsumma');
      if (input === undefined || input === '') return c.html(verifyPage({ kind: 'form' }));
      const { status, html } = await answer(input);
      return c.html(html, status);
    })
    .get('/:checksum', async (c) => {
      const { status, html } = await answer(c.req.param('checksum'));
      return c.html(html, status);
    });
}
