// The local identity provider and the cookie-keeping request helper, shared with the cross-package tests
// (as `@yttra/server/oidc-testing`).
export { createTestBrowser, type TestBrowser } from './createTestBrowser';
export { signInAtProvider } from './signInAtProvider';
export { startTestProvider, type TestProvider } from './startTestProvider';
