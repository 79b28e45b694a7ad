import type { Account } from '../api/types';

/** What the user signs in with, the name authenticator apps and backup-code files show. */
export const signInName = (account: Account | undefined) =>
  account?.username || account?.primaryEmail || account?.primaryPhone || undefined;

/** How the header greets the user: their name, else what they sign in with. */
export const displayName = (account: Account | undefined) => account?.name || signInName(account);
