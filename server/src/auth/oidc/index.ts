export { type OidcRouteOptions, oidcRoutes } from './oidcRoutes';
export { oidcSettingsFromEnvironment } from './oidcSettingsFromEnvironment';
export type { OidcHooks, OidcIdentity, OidcRefusal, OidcSettings } from './oidcTypes';
