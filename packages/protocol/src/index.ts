export { CloseCode, type CloseCodeName } from './closeCodes';
export { DOCUMENT_ID_PATTERN, isValidDocumentId } from './documentId';
export { CONTENT_FRAGMENT, DRAFT_CONTEXT_MAP, SCHEMA_VERSION, SYNC_PATH } from './syncPaths';
export { WriteDenial } from './writeDenial';
