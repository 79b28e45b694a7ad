import { describe, expect, it } from 'vitest';

import { defaultSignInExperience } from '../state/sign-in-experience.js';

import { checkPassword } from './password-policy.js';

const recorded = defaultSignInExperience().passwordPolicy;
const user = { username: 'rec_pw_209bbb', email: 'rec_pw_209bbb@example.test' };
const codes = (password: string, settings = recorded, info = user) =>
  checkPassword(settings, password, info).map(({ code, interpolation }) =>
    interpolation ? { code, interpolation } : { code }
  );

describe('password policy (the recorded tenant policy: defaults, pwned off)', () => {
  it('reports length with its limit, then restricted phrases, in Logto order', () => {
    expect(codes('abc')).toEqual([
      { code: 'password_rejected.too_short', interpolation: { min: 8 } },
      { code: 'password_rejected.restricted.sequence' },
    ]);
    expect(codes('aaa')).toEqual([
      { code: 'password_rejected.too_short', interpolation: { min: 8 } },
      { code: 'password_rejected.restricted.repetition' },
    ]);
    expect(codes(`Ab1!${'x'.repeat(260)}`)).toEqual([
      { code: 'password_rejected.too_long', interpolation: { max: 256 } },
    ]);
  });

  it('rejects repetition and keyboard or alphabet sequences in either direction', () => {
    expect(codes('aaaaaaaaaaaa')).toEqual([{ code: 'password_rejected.restricted.repetition' }]);
    expect(codes('12345678')).toEqual([{ code: 'password_rejected.restricted.sequence' }]);
    expect(codes('poiuytrewq')).toEqual([{ code: 'password_rejected.restricted.sequence' }]);
  });

  it('rejects user info only when nearly the whole password is user info', () => {
    expect(codes('rec_pw_209bbb')).toEqual([
      { code: 'password_rejected.restricted.user_info' },
      { code: 'password_rejected.restricted.repetition' },
    ]);
    expect(codes('rec_pw_209bbb@')).toEqual([
      { code: 'password_rejected.restricted.user_info' },
      { code: 'password_rejected.restricted.repetition' },
    ]);
    expect(codes('Xrec_pw_209bbb!9')).toEqual([]);
    expect(codes('Dana!2024xyz', recorded, { ...user, name: 'Dana Demo' } as typeof user)).toEqual([]);
    expect(codes('DanaDemo1', recorded, { ...user, name: 'Dana Demo' } as typeof user)).toEqual([
      { code: 'password_rejected.restricted.user_info' },
    ]);
    expect(codes('16180339Zq', recorded, { ...user, phoneNumber: '16180339' } as typeof user)).toEqual([
      { code: 'password_rejected.restricted.user_info' },
    ]);
  });

  it('accepts ordinary passwords', () => {
    expect(codes('Passw0rd!Test')).toEqual([]);
    expect(codes('N3w!Passw0rd#1')).toEqual([]);
  });
});

describe('password policy settings', () => {
  it('applies Logto defaults for missing keys, pwned included', () => {
    expect(codes('password', {})).toEqual([{ code: 'password_rejected.pwned' }]);
    expect(codes('Correct-Horse-7', {})).toEqual([]);
  });

  it('checks character types, unsupported characters and custom words', () => {
    const policy = { characterTypes: { min: 3 }, rejects: { pwned: false, words: ['acme'] } };
    expect(codes('lowercaseonly', policy)).toEqual([
      { code: 'password_rejected.character_types', interpolation: { min: 3 } },
    ]);
    expect(codes('Spaces are 1!', policy)).toEqual([{ code: 'password_rejected.unsupported_characters' }]);
    expect(codes('AcmeAcme1!', policy)).toEqual([{ code: 'password_rejected.restricted.words' }]);
    expect(codes('Acme-Rocket-42', policy)).toEqual([]);
  });

  it('can switch the restriction rules off', () => {
    const off = { rejects: { pwned: false, repetitionAndSequence: false, userInfo: false } };
    expect(codes('12345678', off)).toEqual([]);
    expect(codes('rec_pw_209bbb', off)).toEqual([]);
  });
});
