// The HTTP API's contract, shared by the server (request validation, response shapes) and the client (hc).
export {
  createDocumentBody,
  type DocumentDetails,
  type DocumentSummary,
  documentDetailsSchema,
  documentListSchema,
  documentSummarySchema,
} from './documentSchemas';
export {
  approvedResultSchema,
  assembledResultSchema,
  outcomeResultSchema,
  sharedResultSchema,
  type TabledVersion,
  type TabledVersions,
  tabledResultSchema,
  tabledVersionsSchema,
} from './draftSchemas';
export {
  correctionBody,
  type Justering,
  type JusteringPlan,
  justeringPlanBody,
  justeringSchema,
  type Signatory,
  type SignatoryRole,
  signatoryRoles,
} from './justeringSchemas';
export { type MatterEvent, matterEventSchema } from './matterEventSchemas';
export {
  type Assembly,
  assemblySchema,
  createdMatterSchema,
  type DocumentAccess,
  documentAccessSchema,
  type ListedMatter,
  listedMatterSchema,
  type Matter,
  type MatterDetails,
  type MatterDocument,
  matterDetailsSchema,
  matterDocumentSchema,
  matterListSchema,
  matterSchema,
  type PartyGroup,
  partyGroupSchema,
  type TabledEntry,
  tabledEntrySchema,
} from './matterSchemas';
export {
  calendarFeedSchema,
  calendarFeedStatusSchema,
  type ImportedStaffReport,
  importedStaffReportSchema,
} from './publishingSchemas';
export {
  assembleBody,
  type CreateMatterBody,
  createDraftBody,
  createMatterBody,
  outcomeBody,
  shareDraftBody,
} from './requestSchemas';
export {
  type AuthProviders,
  membershipSchema,
  providersSchema,
  type Session,
  type SessionMembership,
  sessionSchema,
} from './sessionSchemas';
export { type VerifyAnswer, verifyAnswerSchema } from './verifySchemas';
export {
  type ChangeKind,
  type CompareBlock,
  type Comparison,
  changeKinds,
  compareBlockSchema,
  compareQuery,
  compareRef,
  compareSegmentSchema,
  comparisonSchema,
  createdVersionSchema,
  createVersionBody,
  type Version,
  type VersionDetails,
  type VersionPerson,
  type VersionReason,
  versionDetailsSchema,
  versionListSchema,
  versionPersonSchema,
  versionReasons,
  versionSchema,
} from './versionSchemas';
export {
  type BoardRole,
  boardRoles,
  type DocumentKind,
  type DocumentRole,
  type DraftKind,
  documentKinds,
  documentRoles,
  draftKinds,
  type MatterStatus,
  matterStatuses,
} from './vocabulary';
