/** Path prefixes of the emulated Management API routes. */
export const managementPaths = [
  '/api/applications',
  '/api/account-center',
  '/api/sign-in-exp',
  '/api/connectors',
  '/api/sso-connectors',
  '/api/custom-profile-fields',
];

export const isManagementPath = (path: string): boolean =>
  managementPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
