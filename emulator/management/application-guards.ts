import { z } from 'zod';

/** `@logto/core-kit`'s redirect URI check: http(s) for web apps, a custom scheme for native ones. */
const isRedirectUri = (value: string): boolean => {
  if (/\/\.{1,2}(\/|$)|\/%2e/i.test(value)) {
    return false;
  }
  const url = URL.parse(value);
  if (!url) {
    return false;
  }
  return /^https?:$/.test(url.protocol) || /^(?!https?:)[a-z][\d+_a-z-]*(\.[\d+_a-z-]+)*:$/.test(url.protocol);
};

/** Logto's `oidcClientMetadataGuard`: both URI lists required whenever the object is sent. */
export const oidcClientMetadataGuard = z.object({
  redirectUris: z.array(z.string().refine(isRedirectUri)),
  postLogoutRedirectUris: z.array(z.string().url()),
  backchannelLogoutUri: z.string().url().optional(),
  backchannelLogoutSessionRequired: z.boolean().optional(),
  logoUri: z.string().optional(),
});

/** Logto's `customClientMetadataGuard`. */
export const customClientMetadataGuard = z.object({
  corsAllowedOrigins: z.array(z.string().min(1)).optional(),
  idTokenTtl: z.number().optional(),
  refreshTokenTtl: z.number().optional(),
  refreshTokenTtlInDays: z.number().int().min(1).max(90).optional(),
  tenantId: z.string().optional(),
  alwaysIssueRefreshToken: z.boolean().optional(),
  rotateRefreshToken: z.boolean().optional(),
  allowTokenExchange: z.boolean().optional(),
  isDeviceFlow: z.boolean().optional(),
  maxAllowedGrants: z.number().optional(),
});

const applicationType = z.enum(['Native', 'SPA', 'Traditional', 'MachineToMachine', 'Protected', 'SAML']);
const jsonObject = z.record(z.unknown());

/** `POST /api/applications`; unknown keys are dropped, as zod does in Logto. */
export const applicationCreateGuard = z.object({
  name: z.string().min(1).max(256),
  type: applicationType,
  description: z.string().nullable().optional(),
  oidcClientMetadata: oidcClientMetadataGuard.optional(),
  customClientMetadata: customClientMetadataGuard.optional(),
  customData: jsonObject.optional(),
  isThirdParty: z.boolean().optional(),
  protectedAppMetadata: z.object({ subDomain: z.string(), origin: z.string() }).optional(),
});

/** `PATCH /api/applications/:id`: every key optional; a sent object replaces the stored one. */
export const applicationPatchGuard = z.object({
  name: z.string().min(1).max(256).optional(),
  description: z.string().nullable().optional(),
  oidcClientMetadata: oidcClientMetadataGuard.optional(),
  customClientMetadata: customClientMetadataGuard.optional(),
  customData: jsonObject.optional(),
  appLevelAccessControlEnabled: z.boolean().optional(),
  protectedAppMetadata: z
    .object({
      origin: z.string().optional(),
      sessionDuration: z.number().optional(),
      pageRules: z.array(z.object({ path: z.string() })).optional(),
    })
    .optional(),
  isAdmin: z.boolean().optional(),
});

/** `GET /api/applications` query: `types` once (a string) or repeated (an array). */
export const applicationListQueryGuard = z.object({
  types: z
    .array(applicationType)
    .or(applicationType.transform((type) => [type]))
    .optional(),
  excludeRoleId: z.string().optional(),
  excludeOrganizationId: z.string().optional(),
  isThirdParty: z.enum(['true', 'false']).optional(),
});
