import type { JSONContent } from '@tiptap/core';
import { getTemplate } from '../templates/getTemplate';
import { DEFAULT_TEMPLATE_ID, type TemplateRegistry, templateRegistry } from '../templates/templateRegistry';
import { decisionSentenceContent } from './decisionSentenceContent';
import { paragraphContent } from './paragraphContent';

/**
 * A brand-new protocol document: the header with its title (and the usual recipient, kommunstyrelsen), the
 * standard decision sentence in the decision section followed by an empty paragraph to write the reasoning in,
 * and an empty paragraph in every other section. Deterministic, so that seeding it twice merges in Yjs.
 */
export function emptyProtocolContent(
  title: string,
  templateId = DEFAULT_TEMPLATE_ID,
  templates: TemplateRegistry = templateRegistry,
): JSONContent {
  const template = getTemplate(templateId, templates) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
  return {
    type: 'doc',
    content: [
      {
        type: 'protocolHeader',
        attrs: {
          templateId,
          board: '',
          protocolNumber: '',
          meetingDate: '',
          paragraphNumber: null,
          title,
          matterKind: '',
          caseNumber: '',
          replyTo: 'kommunstyrelsen',
        },
      },
      ...template.sections.map((section) => ({
        type: 'protocolSection',
        attrs: { sectionId: section.id },
        content: section.contents.includes('decision')
          ? [
              decisionSentenceContent({ kind: 'approveReportAsReply', recipient: '', statesInAddition: false }),
              paragraphContent(),
            ]
          : [paragraphContent()],
      })),
    ],
  };
}
