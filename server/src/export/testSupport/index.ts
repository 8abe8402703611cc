// Text extraction for tests, shared with the cross-package tests in test/ (as `@yttra/server/export-test-support`).
export { extractDocxText } from './extractDocxText';
export { extractHtmlText } from './extractHtmlText';
export { extractPdfText } from './extractPdfText';
export { readZipEntry } from './readZipEntry';
