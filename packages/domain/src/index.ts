// Model: types and zod schemas of the structured protocol paragraph.

// Version 2: procedure as data, the versioned paragraph format, the phrase language and the template check.
export { type ComparisonOptions, compareSentences, type SentenceComparison } from './acceptance/compareSentences';
// Acceptance: the comparison of an export with the seed protocol paragraph.
export { compareWithSeed, type SeedComparison } from './acceptance/compareWithSeed';
// Deadlines: their shape and names (the computation is `@yttra/domain/deadlines`).
export { deadlineLabels } from './deadlines/deadlineLabels';
export {
  type DeadlineKind,
  deadlineKinds,
  type MatterDeadline,
  matterDeadlineSchema,
} from './deadlines/matterDeadlineSchema';
export { collectMentions } from './model/collectMentions';
export { contentKindOf } from './model/contentKindOf';
export { type ContentKind, contentKinds, contentKindsVersion1, unprintedBlockTypes } from './model/contentKinds';
export {
  type DecisionSentence,
  type DecisionText,
  decisionSentenceSchema,
  decisionTextSchema,
} from './model/decisionTextSchema';
export { defaultParties } from './model/defaultParties';
export { findParagraphProblems } from './model/findParagraphProblems';
export { findTemplateFitProblems } from './model/findTemplateFitProblems';
export { isIsoDate } from './model/isIsoDate';
export {
  ADMINISTRATION_PROPOSAL,
  type AttachmentRow,
  type AttachmentsBlock,
  attachmentRowSchema,
  attachmentsBlockSchema,
  type DecisionBlock,
  type DecisionProcedureBlock,
  decisionBlockSchema,
  decisionProcedureBlockSchema,
  type ParagraphBlock,
  type ProposalBlock,
  type ProposalsClosingBlock,
  paragraphBlockSchema,
  proposalBlockSchema,
  proposalsClosingBlockSchema,
  type ReservationBlock,
  reservationBlockSchema,
  type StatementBlock,
  type StatementKind,
  type SummaryBlock,
  statementBlockSchema,
  statementKinds,
  summaryBlockSchema,
  type Vote,
  voteSchema,
} from './model/paragraphBlockSchema';
export {
  PARAGRAPH_FORMAT,
  PARAGRAPH_FORMAT_VERSION,
  type ParagraphDocument,
  paragraphDocumentSchema,
} from './model/paragraphDocumentSchema';
export {
  type ParagraphHeader,
  paragraphHeaderFieldsSchema,
  paragraphHeaderSchema,
} from './model/paragraphHeaderSchema';
export { CASE_NUMBER_PATTERN, type CaseNumberParts, parseCaseNumber } from './model/parseCaseNumber';
export { parseProtocolParagraph } from './model/parseProtocolParagraph';
export { type Party, partyAbbreviationSchema, partySchema } from './model/partySchema';
export { type Person, personSchema } from './model/personSchema';
export type {
  EarlierHandlingBlock,
  ExtractRecipientsBlock,
  MotionBlock,
  MotionItem,
  PropositionStep,
  PropositionsBlock,
  ProtocolNoteBlock,
  VoteProposition,
  VoteRoundBlock,
  WrittenProposalBlock,
} from './model/procedureBlockSchemas';
export { type ProposalMention, proposalMentionSchema } from './model/proposalReferenceSchema';
export {
  type ProtocolParagraph,
  protocolParagraphFieldsSchema,
  protocolParagraphSchema,
} from './model/protocolParagraphSchema';
export { type QuotationMarks, quotationMarksSchema } from './model/quotationMarksSchema';
export { validateAttachments } from './model/validateAttachments';
export { checkPhrase, type PhraseShape, type PhraseSpec } from './phrase/checkPhrase';
export { fillPhrase, type PhraseValues } from './phrase/fillPhrase';
export { swedishDateInWords } from './phrase/swedishDateInWords';
export { swedishGenitive } from './phrase/swedishGenitive';
// Phrasing: Swedish lists, people, parties, and the generated sentence of each block.
export { decisionSentence } from './phrasing/decisionSentence';
export { formatParties } from './phrasing/formatParties';
export { formatPerson } from './phrasing/formatPerson';
export { formatPersons } from './phrasing/formatPersons';
export { joinSwedishList } from './phrasing/joinSwedishList';
export { partiesOf } from './phrasing/partiesOf';
export { procedureSentence } from './phrasing/procedureSentence';
export { proposalReference } from './phrasing/proposalReference';
export { proposalSentence } from './phrasing/proposalSentence';
export { quotedDecisionText } from './phrasing/quotedDecisionText';
export { quoteParagraphs } from './phrasing/quoteParagraphs';
export { reservationQuote } from './phrasing/reservationQuote';
export { reservationSentence } from './phrasing/reservationSentence';
export { type PersonPatterns, standardPersonPatterns } from './phrasing/standardPersonPatterns';
export { statementSentence } from './phrasing/statementSentence';
export { voteSentences } from './phrasing/voteSentences';
// Rendering: layout-neutral blocks, and the plain text export built on them.
export type { RenderBlock, RenderBlockKind } from './render/renderBlock';
export { renderHeader } from './render/renderHeader';
export { renderParagraph } from './render/renderParagraph';
export { renderParagraphBlock } from './render/renderParagraphBlock';
export { renderPlainText } from './render/renderPlainText';
export { formatPeopleWithRoles } from './render/version2/formatPeopleWithRoles';
export { renderVersion2Block } from './render/version2/renderVersion2Block';
export { createSentenceContext } from './render/version2/sentenceContext';
export { checkTemplate } from './template/checkTemplate';
// Templates: a municipality's headings, section order and phrasing, as validated data.
export { fillPattern } from './template/fillPattern';
export { findPlaceholders } from './template/findPlaceholders';
export { findTemplateProblems } from './template/findTemplateProblems';
export { findVersion2Problems, type TemplateProblem } from './template/findVersion2Problems';
export { formatTemplateProblems } from './template/formatTemplateProblems';
export { parseTemplate } from './template/parseTemplate';
export { type PhraseKey, phraseKeys, phrasePlaceholders } from './template/phrasePlaceholders';
export {
  type ProtocolTemplate,
  type ProtocolTemplateInput,
  protocolTemplateSchema,
  type TemplatePhrases,
  type TemplateSection,
  templateSectionSchema,
} from './template/protocolTemplateSchema';
export {
  type MentionContext,
  mentionContexts,
  type SentenceKey,
  sentenceKeys,
  sentenceSpecs,
} from './template/sentenceSpecs';
export { stockholmDistrictBoardTemplate } from './template/stockholmDistrictBoardTemplate';
