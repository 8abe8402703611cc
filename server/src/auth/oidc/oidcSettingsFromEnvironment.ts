import { z } from 'zod';
import { isLoopbackUrl } from './isLoopbackUrl';
import type { OidcSettings } from './oidcTypes';

const required = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;

// Secrets and tokens travel to these URLs, so anything but a loopback address must use TLS.
const secureUrl = z
  .url({ protocol: /^https?$/ })
  .refine((value) => !URL.canParse(value) || value.startsWith('https://') || isLoopbackUrl(new URL(value)), {
    message: 'must use https (plain http only on localhost)',
  });

const schema = z.object({
  OIDC_ISSUER: secureUrl,
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_REDIRECT_URI: secureUrl,
  OIDC_SCOPES: z.string().min(1).optional(),
  OIDC_TOKEN_ENDPOINT_AUTH_METHOD: z.enum(['client_secret_basic', 'client_secret_post']).optional(),
});

const optional = ['OIDC_SCOPES', 'OIDC_TOKEN_ENDPOINT_AUTH_METHOD'] as const;

/**
 * Reads OIDC settings from the environment. Returns undefined when OIDC is not configured at all; throws one
 * readable error when it is half configured, since a server that silently lacks sign-in is worse than one that
 * refuses to start.
 */
export function oidcSettingsFromEnvironment(environment: NodeJS.ProcessEnv): OidcSettings | undefined {
  // An empty value (`OIDC_ISSUER=` in an env file) counts as unset.
  const present = Object.fromEntries(
    [...required, ...optional].flatMap((name) => {
      const value = environment[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  if (Object.keys(present).length === 0) return undefined;

  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return name in present ? `${name}: ${issue.message}` : `${name}: missing`;
    });
    throw new Error(
      `Invalid OIDC configuration (set all of ${required.join(', ')} or none of them):\n  ${problems.join('\n  ')}`,
    );
  }
  const values = parsed.data;
  return {
    issuer: values.OIDC_ISSUER,
    clientId: values.OIDC_CLIENT_ID,
    clientSecret: values.OIDC_CLIENT_SECRET,
    redirectUri: values.OIDC_REDIRECT_URI,
    ...(values.OIDC_SCOPES ? { scopes: values.OIDC_SCOPES } : {}),
    ...(values.OIDC_TOKEN_ENDPOINT_AUTH_METHOD
      ? { tokenEndpointAuthMethod: values.OIDC_TOKEN_ENDPOINT_AUTH_METHOD }
      : {}),
  };
}
