import { Hono } from 'hono';
import type { DocumentStore } from '../storage/DocumentStore';

/**
 * `GET /api/verify/:checksum`, open to anyone: which approved paragraph a checksum printed on an export belongs
 * to. The checksum is SHA-256 over the paragraph's plain-text export at approval.
 */
export function verifyRoutes(store: DocumentStore) {
  return new Hono().get('/:checksum', async (c) => {
    const checksum = c.req.param('checksum').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(checksum)) return c.json({ valid: false, error: 'Ogiltig kontrollsumma' }, 400);
    const record = await store.findApproved(checksum);
    if (!record) return c.json({ valid: false }, 404);
    return c.json({ valid: true, title: record.title, approvedAt: record.approvedAt }, 200);
  });
}
