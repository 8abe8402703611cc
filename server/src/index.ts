export type { AppType } from './app';
export { createApp } from './app';
export { loadConfig, type ServerConfig } from './config';
export { createLogger, type Logger } from './log';
export { type RunningServer, startServer } from './startServer';
export { compactDocument } from './storage/compactDocument';
export { findSuggestionRefusal } from './sync/findSuggestionRefusal';
export { SuggestionChecker } from './sync/SuggestionChecker';
