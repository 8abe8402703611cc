import { type ProtocolTemplate, stockholmDistrictBoardTemplate } from '@yttra/domain';

/** The template a document uses when its header names none, or one that is not known here. */
export const DEFAULT_TEMPLATE_ID = 'stockholm-district-board';

export type TemplateRegistry = Readonly<Record<string, ProtocolTemplate>>;

/**
 * The templates a document's `templateId` may name. Kept in code for now; when municipalities bring their own,
 * callers pass their registry to the functions that take one.
 */
export const templateRegistry: TemplateRegistry = {
  [DEFAULT_TEMPLATE_ID]: stockholmDistrictBoardTemplate,
};
