import { zValidator } from '@hono/zod-validator';
import { documentToJSON, type TemplateRegistry } from '@yttra/editor';
import { isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { documentRefusal } from '../access/documentRefusal';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AccountStore } from '../accounts/AccountStore';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { CommentStore } from '../comments/CommentStore';
import { commentAnnex } from '../comments/commentAnnex';
import { threadsView } from '../comments/threadsView';
import { annotateForWord } from '../export/annotateForWord';
import { checksumLine } from '../export/checksumLine';
import { contentDisposition } from '../export/contentDisposition';
import { exportFilename } from '../export/exportFilename';
import { exportFormats } from '../export/exportFormats';
import { exportParagraph } from '../export/exportParagraph';
import { renderDocument } from '../export/renderDocument';
import { ANNOTATION_TOKENS } from '../export/wordAnnotation';
import { wordThread } from '../export/wordThread';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import { verifyAddress } from '../verify/verifyAddress';
import { validationError } from './validationError';

const exportParams = z.object({
  documentId: z.string().refine(isValidDocumentId, 'Ogiltigt dokument-id'),
  format: z.enum(['txt', 'html', 'docx', 'pdf']),
});

/**
 * `GET /api/documents/:documentId/export/:format`: the protocol paragraph rendered on the server from its
 * stored Yjs state, through the document's template. No browser is involved.
 */
export function exportRoutes(
  store: DocumentStore,
  organisations: OrganisationStore,
  registry: DocumentRegistry,
  templates: TemplateRegistry,
  annex: { comments: CommentStore; accountStore: AccountStore; publicUrl?: string | undefined },
) {
  return new Hono<AppEnv>().get(
    '/:documentId/export/:format',
    requireAuth,
    zValidator('param', exportParams, validationError),
    async (c) => {
      const { documentId, format } = c.req.valid('param');
      const resolved = await resolveDocumentAccess(store, organisations, c.get('auth')!.memberships, documentId);
      const refused = documentRefusal(resolved, 'read');
      if (refused || !resolved) return c.json({ error: refused?.error ?? '' }, refused?.status ?? 404);
      const { record } = resolved;
      if (record.kind !== 'protocol') return c.json({ error: 'Bara protokollsparagrafer kan exporteras' }, 409);

      const withComments = c.req.query('comments') === '1';
      const threads = withComments ? await threadsView(annex.comments, annex.accountStore, documentId) : [];
      // Word, for review: comments as anchored Word comments and open suggestions as tracked changes.
      const inWord = withComments && format === 'docx';
      const { content, annotations, unplaced } = await registry.withDurableDocument(documentId, (document) =>
        inWord
          ? annotateForWord(document.doc, threads.map(wordThread))
          : {
              content: documentToJSON(document.doc),
              annotations: undefined,
              unplaced: threads.map((_, index) => index),
            },
      );
      // A draft prints what its editor shows; the paragraph prints as the protocol does, placeholders for missing numbers.
      const { blocks, problems, title } = await renderDocument(record, content, organisations, templates);
      // Comments stay out of exports unless asked for, for internal review; those Word cannot anchor go in an annex.
      if (withComments) blocks.push(...commentAnnex(threads.filter((_, index) => unplaced.includes(index))));
      const approved = record.approvedAt !== null && record.approvedChecksum ? record : undefined;
      if (approved) {
        c.header('X-Yttra-Checksum', approved.approvedChecksum!);
        const stored = format === 'txt' && !withComments ? await store.approvedText(documentId) : undefined;
        if (stored !== undefined) {
          // The very bytes the checksum was taken of at approval.
          c.header('Content-Type', exportFormats.txt.contentType);
          c.header('Content-Disposition', contentDisposition(exportFilename(blocks, 'txt')));
          return c.body(stored);
        }
        const verifyUrl = `${verifyAddress(annex.publicUrl, c.req.url)}/${approved.approvedChecksum}`;
        blocks.push(
          checksumLine(approved.approvedAt!, approved.approvedChecksum!, exportFilename(blocks, 'txt'), verifyUrl),
        );
      }
      const exported = await exportParagraph(blocks, format, {
        title: (title || record.title).replace(ANNOTATION_TOKENS, ''),
        ...(annotations ? { annotations } : {}),
      });
      c.header('Content-Type', exported.contentType);
      c.header('Content-Disposition', contentDisposition(exported.filename));
      // Problems do not stop an export (a draft may be incomplete), but the caller can see them.
      if (problems.length > 0) c.header('X-Yttra-Problems', encodeURIComponent(problems.join(' | ')).slice(0, 4000));
      return c.body(typeof exported.body === 'string' ? exported.body : new Uint8Array(exported.body));
    },
  );
}
