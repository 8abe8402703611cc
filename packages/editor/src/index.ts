// Editor schema: the shared extension set, the protocol nodes and their commands.

// Suggestions: marks with author and time, made from ordinary edits, accepted or rejected by the owners.
export { suggestChanges as suggestionKeysPlugin, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
export { type AttachmentRowFields, addAttachmentRow } from './commands/addAttachmentRow';
export { type InsertProtocolBlockOptions, insertProtocolBlock } from './commands/insertProtocolBlock';
export { REMOVABLE_BLOCKS } from './commands/removeBlock';
// Comments: thread anchors as Yjs relative positions.
export {
  type AnchorRange,
  type CommentAnchor,
  decodeRelativePositionBase64,
  encodeAnchor,
  encodeRelativePositionBase64,
  relativeAnchorInText,
  resolveAnchor,
  resolveInText,
} from './comments/anchor';
export { applyOutcome } from './content/applyOutcome';
// Building documents: a new protocol, a domain paragraph as a document, empty blocks.
export { blockContent } from './content/blockContent';
export { type ContentFromParagraphOptions, contentFromParagraph } from './content/contentFromParagraph';
export { type DraftBlockKind, draftContent } from './content/draftContent';
export { type EmptyBlockOptions, emptyBlockContent } from './content/emptyBlockContent';
export { emptyProtocolContent } from './content/emptyProtocolContent';
export { extractDraftBlocks } from './content/extractDraftBlocks';
export { insertBlocksIntoContent } from './content/insertBlocksIntoContent';
export { jsonContentKind } from './content/jsonContentKind';
export { newProposalId } from './content/newProposalId';
export { type ProtocolBlockKind, protocolBlockKinds } from './content/protocolBlockKinds';
// Yjs: content to and from updates.
export { contentToUpdate, SEED_CLIENT_ID } from './contentToUpdate';
export { documentToJSON } from './documentToJSON';
export { documentToText } from './documentToText';
// Editing: a caret wherever the focus goes, structure no selection takes with it.
export { CaretPlacement } from './editing/CaretPlacement';
export { PROTECTED_NODES } from './editing/countProtectedNodes';
export { REMOVES_BLOCK } from './editing/removesBlockMeta';
export { StructureGuard } from './editing/StructureGuard';
export { getEditorSchema } from './editorSchema';
export { initialContent } from './initialContent';
// Mapping: the document as the domain's protocol paragraph.
export { draftFromContent } from './mapping/draftFromContent';
export { type ParagraphFromContent, paragraphFromContent } from './mapping/paragraphFromContent';
export { renderDraft } from './mapping/renderDraft';
export { AdditionItem } from './nodes/AdditionItem';
export { AttachmentList } from './nodes/AttachmentList';
export { AttachmentRow } from './nodes/AttachmentRow';
export { DecisionProcedure } from './nodes/DecisionProcedure';
export { DecisionSentence, decisionSentenceKinds } from './nodes/DecisionSentence';
export { NumberedAdditions } from './nodes/NumberedAdditions';
export { Person } from './nodes/Person';
export { PersonList, personListPurposes } from './nodes/PersonList';
export { ProcedureBlock, procedureBlockTypes } from './nodes/ProcedureBlock';
export { Proposal, proposalKinds } from './nodes/Proposal';
export { ProposalsClosing } from './nodes/ProposalsClosing';
export { ProtocolHeader } from './nodes/ProtocolHeader';
export { ProtocolSection } from './nodes/ProtocolSection';
export { type ProtocolNodeName, protocolNodes } from './nodes/protocolNodes';
export { Reservation } from './nodes/Reservation';
export { Statement } from './nodes/Statement';
export { Vote } from './nodes/Vote';
// Repair of content that older or newer clients wrote.
export { findUnknownContent } from './repair/findUnknownContent';
export { repairDocument } from './repair/repairDocument';
// Shapes: a matter's paragraph, or the one block a party's draft is.
export { type DocumentShape, type DraftShape, documentShapes } from './shapes/documentShape';
export { enforceDraftShape } from './shapes/enforceDraftShape';
export { isInDraftShape } from './shapes/isInDraftShape';
export { type NormalizedDraft, normalizeDraftContent } from './shapes/normalizeDraftContent';
export { shapeOfDraftKind } from './shapes/shapeOfDraftKind';
export { shapeOfTopNodeName } from './shapes/shapeOfTopNodeName';
export { createSharedExtensions, type SharedExtensionOptions } from './sharedExtensions';
export { isSuggestionMark } from './suggestions/isSuggestionMark';
export { listSuggestions, type SuggestionSummary } from './suggestions/listSuggestions';
export { newSuggestionId } from './suggestions/newSuggestionId';
export type { SuggestionAuthor } from './suggestions/SuggestionAuthor';
export { decideSuggestions, type SuggestionDecision } from './suggestions/suggestionCommands';
export { SUGGESTION_MARK_NAMES, type SuggestionMarkName } from './suggestions/suggestionMarkNames';
export { suggestTransaction } from './suggestions/suggestTransaction';
export { withdrawSuggestion } from './suggestions/withdrawSuggestion';
export { withoutOpenSuggestions } from './suggestions/withoutOpenSuggestions';
export { withoutSuggestionsBy } from './suggestions/withoutSuggestionsBy';
// Templates: which template a document is laid out by.
export { getTemplate } from './templates/getTemplate';
export { registerTemplates } from './templates/registerTemplates';
export { templateOfContent } from './templates/templateOfContent';
export { templateOfDocument } from './templates/templateOfDocument';
export { DEFAULT_TEMPLATE_ID, type TemplateRegistry, templateRegistry } from './templates/templateRegistry';
