import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ProtocolTemplate } from '@yttra/domain';
import { getTemplate } from './getTemplate';
import { DEFAULT_TEMPLATE_ID, type TemplateRegistry, templateRegistry } from './templateRegistry';

/** Like `templateOfContent`, for a live ProseMirror document (commands run against one on every key press). */
export function templateOfDocument(
  doc: ProseMirrorNode,
  templates: TemplateRegistry = templateRegistry,
): ProtocolTemplate {
  let templateId = '';
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.type.name !== 'protocolHeader') return true;
    found = true;
    templateId = typeof node.attrs.templateId === 'string' ? node.attrs.templateId : '';
    return false;
  });
  return getTemplate(templateId, templates) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
}
