import { type ProtocolTemplate, stockholmDistrictBoardTemplate } from '@yttra/domain';

/** The template a document uses when its header names none, or one that is not known here. */
export const DEFAULT_TEMPLATE_ID = 'stockholm-district-board';

export type TemplateRegistry = Readonly<Record<string, ProtocolTemplate>>;

/**
 * The templates a document's `templateId` may name: the built-in ones, plus those the client registers from the
 * server (`registerTemplates`). The server passes its own registry (built-ins plus TEMPLATES_DIR) explicitly.
 */
export const templateRegistry: TemplateRegistry = {
  [DEFAULT_TEMPLATE_ID]: stockholmDistrictBoardTemplate,
};
