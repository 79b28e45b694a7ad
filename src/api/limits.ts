/**
 * Logto's column limits for what the Account API writes (packages/schemas/tables/users.sql).
 * Longer values are refused with 422 `entity.value_too_long`; the app stops them first.
 */
export const maxLength = {
  name: 128,
  username: 128,
  email: 128,
  phone: 128,
  avatar: 2048,
} as const;
