import { zValidator } from '@hono/zod-validator';
import { documentToJSON } from '@yttra/editor';
import { isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { checksumLine } from '../export/checksumLine';
import { contentDisposition } from '../export/contentDisposition';
import { exportFilename } from '../export/exportFilename';
import { exportFormats } from '../export/exportFormats';
import { exportParagraph } from '../export/exportParagraph';
import { paragraphExportBlocks } from '../export/paragraphExportBlocks';
import type { MatterServices } from '../matters/MatterServices';
import { noticeBoardPage } from '../noticeBoard/noticeBoardPage';
import { publicNotices } from '../noticeBoard/publicNotices';
import { validationError } from './validationError';

type NoticeBoardServices = Pick<MatterServices, 'store' | 'justering' | 'registry' | 'templates'>;

const fileParams = z.object({
  documentId: z.string().refine(isValidDocumentId, 'Ogiltigt dokument-id'),
  file: z.enum(['paragraf.html', 'paragraf.pdf', 'paragraf.txt']),
});

/** `GET /api/anslagstavla`: the public notices for machines, open to anyone. */
export function noticeBoardApiRoutes(services: NoticeBoardServices) {
  return new Hono().get('/', async (c) => c.json({ notices: await publicNotices(services) }, 200));
}

/**
 * `GET /anslagstavla`: the notices as a page for people, and `GET /anslagstavla/:id/paragraf.:format`: a posted
 * paragraph as it was justered. Open to anyone, and only for paragraphs that are justered and posted.
 */
export function noticeBoardPageRoutes(services: NoticeBoardServices) {
  const { store, justering, registry, templates } = services;
  return new Hono()
    .get('/', async (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(noticeBoardPage(await publicNotices(services)));
    })
    .get('/:documentId/:file', zValidator('param', fileParams, validationError), async (c) => {
      const { documentId, file } = c.req.valid('param');
      const format = file.slice('paragraf.'.length) as 'html' | 'pdf' | 'txt';
      const record = await store.getDocument(documentId);
      const notice = record && (await justering.getNotice(documentId));
      // Anything not justered and posted is answered as if it did not exist.
      if (!record || !notice || record.approvedAt === null || !record.approvedChecksum) {
        return c.json({ error: 'Paragrafen finns inte på anslagstavlan' }, 404);
      }
      const content = await registry.withDurableDocument(documentId, (document) => documentToJSON(document.doc));
      const { paragraph, blocks } = paragraphExportBlocks(content, templates, record);
      c.header('X-Yttra-Checksum', record.approvedChecksum);
      if (format === 'txt') {
        const stored = await store.approvedText(documentId);
        c.header('Content-Type', exportFormats.txt.contentType);
        c.header('Content-Disposition', contentDisposition(exportFilename(blocks, 'txt')));
        return c.body(stored ?? '');
      }
      const verifyUrl = `${new URL(c.req.url).origin}/verify/${record.approvedChecksum}`;
      blocks.push(checksumLine(record.approvedAt, record.approvedChecksum, exportFilename(blocks, 'txt'), verifyUrl));
      const exported = await exportParagraph(blocks, format, { title: paragraph.header.title || record.title });
      c.header('Content-Type', exported.contentType);
      if (format === 'pdf') c.header('Content-Disposition', contentDisposition(exported.filename));
      return c.body(typeof exported.body === 'string' ? exported.body : new Uint8Array(exported.body));
    });
}
