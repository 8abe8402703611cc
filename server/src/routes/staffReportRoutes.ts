import type { ImportedStaffReport } from '@yttra/api';
import { templateOfContent } from '@yttra/editor';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { findMatterProtocol } from '../justering/findMatterProtocol';
import type { MatterServices } from '../matters/MatterServices';
import { rewriteDocument } from '../matters/rewriteDocument';
import { type AppliedStaffReport, applyStaffReport } from '../staffReport/applyStaffReport';
import type { ConvertedStaffReport } from '../staffReport/convertStaffReport';
import { StaffReportError } from '../staffReport/StaffReportError';
import { StaffReportWorker } from '../staffReport/StaffReportWorker';
import { staffReportWarnings } from '../staffReport/staffReportWarnings';

const MAX_BYTES = 10 * 1024 * 1024;
const DOCX_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // Some browsers and scripts send no better type than these; the archive check decides.
  'application/octet-stream',
  '',
]);

/**
 * `POST /api/matters/:matterId/staff-report`: the administration's tjänsteutlåtande (.docx, multipart field
 * `file`) fills the paragraph's summary, the reply's recipient and a row in Handlingar, through the live document.
 */
export function staffReportRoutes(
  services: MatterServices,
  converter = new StaffReportWorker({ timeoutMs: 20_000, maxMemoryMb: 256 }),
) {
  const { registry, templates } = services;
  return new Hono<AppEnv>().use(requireAuth).post(
    '/:matterId/staff-report',
    bodyLimit({
      maxSize: MAX_BYTES + 64 * 1024,
      onError: (c) => c.json({ error: 'Filen är för stor. Största tillåtna storlek är 10 MB.' }, 413),
    }),
    async (c) => {
      const found = await findMatterProtocol(services, c.get('auth')!, c.req.param('matterId'));
      if ('refusal' in found) return c.json({ error: found.refusal.error }, found.refusal.status);
      const { matter, protocol, membership } = found;
      if (membership.role !== 'administrator') {
        return c.json({ error: 'Bara nämndsekreteraren kan importera tjänsteutlåtandet' }, 403);
      }
      if (protocol.approvedAt !== null) return c.json({ error: 'Paragrafen är justerad och låst' }, 409);
      const form = await c.req.parseBody().catch(() => undefined);
      const file = form?.file;
      if (!(file instanceof File)) return c.json({ error: 'Välj tjänsteutlåtandet som en .docx-fil' }, 400);
      if (!file.name.toLowerCase().endsWith('.docx') || !DOCX_TYPES.has(file.type)) {
        return c.json({ error: 'Filen måste vara ett Word-dokument (.docx)' }, 415);
      }
      if (file.size === 0 || file.size > MAX_BYTES) {
        return c.json({ error: 'Filen är tom eller större än 10 MB' }, file.size === 0 ? 400 : 413);
      }
      let converted: ConvertedStaffReport;
      try {
        converted = await converter.convert(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        if (error instanceof StaffReportError) return c.json({ error: error.message }, 422);
        throw error;
      }
      const summary = converted.summary.length > 0 ? converted.summary : converted.unsectioned;
      if (summary.length === 0) return c.json({ error: 'Dokumentet innehåller ingen text att importera' }, 422);
      let applied: AppliedStaffReport | undefined;
      // The conversion took time: justering may have locked the paragraph meanwhile.
      if ((await services.store.getDocument(protocol.id))?.approvedAt !== null) {
        return c.json({ error: 'Paragrafen är justerad och låst' }, 409);
      }
      await rewriteDocument(
        registry,
        protocol.id,
        (content) => {
          applied = applyStaffReport(
            content,
            { summary, replyTo: converted.replyTo, caseNumber: matter.caseNumber },
            templateOfContent(content, templates),
          );
          return applied.content;
        },
        c.get('auth')!.user.id,
      );
      return c.json(
        {
          summary,
          replyTo: converted.replyTo,
          replyToSet: applied!.setReplyTo,
          attachment: applied!.attachment,
          warnings: staffReportWarnings(converted, applied!),
        } satisfies ImportedStaffReport,
        200,
      );
    },
  );
}
