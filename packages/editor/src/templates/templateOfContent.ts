import type { JSONContent } from '@tiptap/core';
import type { ProtocolTemplate } from '@yttra/domain';
import { findHeaderNode } from '../mapping/findHeaderNode';
import { textAttribute } from '../mapping/textAttribute';
import { getTemplate } from './getTemplate';
import { DEFAULT_TEMPLATE_ID, type TemplateRegistry, templateRegistry } from './templateRegistry';

/**
 * The template a document is laid out by: the one its header's `templateId` names, or the default template when
 * the header is missing or names a template that is not registered (rendering must always have one).
 */
export function templateOfContent(json: JSONContent, templates: TemplateRegistry = templateRegistry): ProtocolTemplate {
  const header = findHeaderNode(json);
  const templateId = header ? textAttribute(header, 'templateId') : '';
  return (
    getTemplate(templateId, templates) ??
    getTemplate(DEFAULT_TEMPLATE_ID, templates) ??
    getTemplate(DEFAULT_TEMPLATE_ID)!
  );
}
