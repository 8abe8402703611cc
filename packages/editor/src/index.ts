export { contentToUpdate, SEED_CLIENT_ID } from './contentToUpdate';
export { documentToJSON } from './documentToJSON';
export { documentToText } from './documentToText';
export { getEditorSchema } from './editorSchema';
export { initialContent } from './initialContent';
export { createSharedExtensions } from './sharedExtensions';
