import type { connectionsEn } from '../../features/connections/messages.en';
import type { devicesEn } from '../../features/devices/messages.en';
import type { mfaEn } from '../../features/mfa/messages.en';
import type { overviewEn } from '../../features/overview/messages.en';
import type { avatarEn } from '../../features/profile/avatar/messages.en';
import type { customFieldsEn } from '../../features/profile/custom-fields/messages.en';
import type { securityEn } from '../../features/security/messages.en';
import type { pagesEn } from '../../app/pages/messages.en';
import type { userAgentEn } from '../../user-agent/messages.en';
import type { verificationEn } from '../../verification/messages.en';
import type { CoreMessageKey } from './en';

/**
 * Every message key of the app. English comes in parts: the core catalog ships with the first
 * page, each area's part ships with the area's code (see register.ts), so adding an area does not
 * grow the first paint. Other languages are one catalog each, loaded on demand.
 */
export type MessageKey =
  | CoreMessageKey
  | keyof typeof securityEn
  | keyof typeof connectionsEn
  | keyof typeof mfaEn
  | keyof typeof devicesEn
  | keyof typeof overviewEn
  | keyof typeof avatarEn
  | keyof typeof customFieldsEn
  | keyof typeof userAgentEn
  | keyof typeof pagesEn
  | keyof typeof verificationEn;
export type Messages = Record<MessageKey, string>;

/** Messages said with a number (`{count}`): English has an `_one` form for each. */
export type CountedKey = MessageKey extends infer Key ? (Key extends `${infer Base}_one` ? Base : never) : never;

/**
 * One language's catalog: every message, plus the plural forms its language has beyond English's
 * `one` and `other` (Intl.PluralRules categories: Arabic has all six, Russian `few` and `many`…).
 * `key_<category>` is used for that category, the key itself for `other`.
 */
export type LanguageMessages = Messages & Partial<Record<`${CountedKey}_${'zero' | 'two' | 'few' | 'many'}`, string>>;
