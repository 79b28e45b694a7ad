import { readFile } from 'node:fs/promises';

import { z } from 'zod';

import { exitCodes, ProvisionError } from './errors.js';

/** The account-center fields Logto's Management API accepts (`trustedDevice` is a dev feature). */
export const fieldKeys = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
] as const;

export type FieldKey = (typeof fieldKeys)[number];
export type FieldControl = 'Off' | 'ReadOnly' | 'Edit';

const control = z.enum(['Off', 'ReadOnly', 'Edit']);

const httpUrl = z
  .string()
  .max(2048)
  .url()
  .refine((value) => {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && !url.search && !url.hash;
  }, 'must be an http(s) URL without query or fragment');

const origin = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, {
  message: 'must be an origin like https://example.com (no path, no trailing slash)',
});

const settingsSchema = z
  .object({
    $comment: z.string().optional(),
    app: z.object({ name: z.string().min(1).max(256), id: z.string().min(1).optional() }).strict(),
    urls: z.array(httpUrl).min(1),
    accountCenter: z
      .object({
        fields: z.object(Object.fromEntries(fieldKeys.map((key) => [key, control.optional()]))).strict().optional(),
        deleteAccountUrl: httpUrl.nullable().optional(),
      })
      .strict()
      .optional(),
    embed: z.object({ allowedOrigins: z.array(origin) }).strict().optional(),
    scopes: z
      .array(z.string().regex(/^\S+$/))
      .refine((scopes) => scopes.includes('openid'), 'must include openid')
      .optional(),
    publicSettings: z.enum(['auto', 'read', 'skip']).optional(),
    settingsPath: z
      .string()
      .regex(/^[\w.~-]+(\/[\w.~-]+)*\/?$/, 'must be a path below the app, such as logto-settings/')
      .refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..'), 'must stay below the app')
      .optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    locale: z
      .string()
      .regex(/^(auto|[A-Za-z]{2,3}(-[\dA-Za-z]{2,8})*)$/)
      .optional(),
  })
  .strict();

export type Settings = {
  app: { name: string; id?: string };
  /** Deployment base URLs, each ending in `/`, deduplicated. */
  urls: string[];
  accountCenter: { fields: Partial<Record<FieldKey, FieldControl>>; deleteAccountUrl?: string | null };
  embed?: { allowedOrigins: string[] };
  scopes?: string[];
  publicSettings?: 'auto' | 'read' | 'skip';
  settingsPath?: string;
  theme?: 'system' | 'light' | 'dark';
  locale?: string;
};

/** `https://example.com/account` and `…/account/` are the same deployment: the app lives in the folder. */
export const normaliseBaseUrl = (value: string): string => {
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) {
    url.pathname = `${url.pathname}/`;
  }
  return url.href;
};

const describeIssues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/** Validates a parsed settings file; `source` names it in errors. */
export const parseSettings = (raw: unknown, source: string): Settings => {
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    throw new ProvisionError(`invalid settings in ${source}: ${describeIssues(result.error)}`, exitCodes.usage);
  }
  const { $comment: _comment, urls, accountCenter, ...rest } = result.data;
  return {
    ...rest,
    urls: [...new Set(urls.map(normaliseBaseUrl))],
    accountCenter: {
      fields: (accountCenter?.fields ?? {}) as Settings['accountCenter']['fields'],
      ...(accountCenter && 'deleteAccountUrl' in accountCenter ? { deleteAccountUrl: accountCenter.deleteAccountUrl ?? null } : {}),
    },
  };
};

export const loadSettings = async (path: string): Promise<Settings> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProvisionError(
      code === 'ENOENT'
        ? `settings file ${path} not found (copy scripts/provision/settings.example.json, or pass --settings <file>)`
        : `cannot read settings file ${path}: ${code ?? String(error)}`,
      exitCodes.usage
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProvisionError(`settings file ${path} is not JSON: ${(error as Error).message}`, exitCodes.usage);
  }
  return parseSettings(raw, path);
};
