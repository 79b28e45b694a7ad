import { describe, expect, it } from 'vitest';

import { RequestError } from '../http/request-error.js';

import { assertEmailAllowed, matchesBlocklistItem } from './email-blocklist.js';

const failure = (policy: Parameters<typeof assertEmailAllowed>[0], email: string) => {
  try {
    assertEmailAllowed(policy, email);
    return undefined;
  } catch (error) {
    return error instanceof RequestError ? { code: error.code, status: error.status } : error;
  }
};

describe('email blocklist items', () => {
  it('matches whole addresses or @domains, case-insensitively, with * wildcards', () => {
    expect(matchesBlocklistItem('foo@bar.com', 'FOO@bar.com')).toBe(true);
    expect(matchesBlocklistItem('foo@bar.com', 'foo2@bar.com')).toBe(false);
    expect(matchesBlocklistItem('@foo.com', 'anyone@Foo.com')).toBe(true);
    expect(matchesBlocklistItem('@foo.com', 'anyone@sub.foo.com')).toBe(false);
    expect(matchesBlocklistItem('@*.foo.com', 'anyone@sub.foo.com')).toBe(true);
    expect(matchesBlocklistItem('test*@foo.com', 'tester@foo.com')).toBe(true);
    expect(matchesBlocklistItem('a.b@foo.com', 'axb@foo.com')).toBe(false);
  });
});

describe('email blocklist policy', () => {
  it('is off when empty', () => {
    expect(failure({}, 'x+y@mailinator.com')).toBeUndefined();
  });

  it('checks subaddressing first, then the custom list, then disposable domains', () => {
    const policy = { blockSubaddressing: true, blockDisposableAddresses: true, customBlocklist: ['@mailinator.com'] };
    expect(failure(policy, 'x+y@mailinator.com')).toEqual({
      code: 'session.email_blocklist.email_subaddressing_not_allowed',
      status: 422,
    });
    expect(failure(policy, 'x@mailinator.com')).toEqual({ code: 'session.email_blocklist.email_not_allowed', status: 422 });
    expect(failure({ blockDisposableAddresses: true }, 'x@yopmail.com')).toEqual({
      code: 'session.email_blocklist.email_not_allowed',
      status: 422,
    });
    expect(failure(policy, 'x@example.com')).toBeUndefined();
  });
});
