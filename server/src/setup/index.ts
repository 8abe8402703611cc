// Board setup, shared with the cross-package tests (as `@yttra/server/setup`).
export { createOrganisation } from './createOrganisation';
export { demoBoard, demoEmail } from './demoBoard';
