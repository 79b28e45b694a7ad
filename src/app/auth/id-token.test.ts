import { describe, expect, it } from 'vitest';
import { nameOf, subjectOf } from './id-token';

const base64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (claims: Record<string, unknown>) => `${base64url('{"alg":"ES384"}')}.${base64url(JSON.stringify(claims))}.signature`;

describe('the ID token’s claims', () => {
  it('greets by name, then username, email or phone, as the account does', () => {
    expect(nameOf(token({ sub: 'u1', name: 'Jörg Müller', username: 'jorg' }))).toBe('Jörg Müller');
    expect(nameOf(token({ sub: 'u1', name: '李雷' }))).toBe('李雷');
    expect(nameOf(token({ sub: 'u1', name: null, username: 'riley' }))).toBe('riley');
    expect(nameOf(token({ sub: 'u1', name: '', email: 'riley@example.test' }))).toBe('riley@example.test');
    expect(nameOf(token({ sub: 'u1', phone_number: '+15555550100' }))).toBe('+15555550100');
    expect(nameOf(token({ sub: 'u1' }))).toBeUndefined();
  });

  it('reads nothing from a missing or broken token', () => {
    expect(nameOf(null)).toBeUndefined();
    expect(nameOf('not-a-jwt')).toBeUndefined();
    expect(nameOf('a.%%%.c')).toBeUndefined();
    expect(subjectOf('a.bnVsbA.c')).toBeUndefined();
    expect(subjectOf(token({ sub: 'u1' }))).toBe('u1');
  });
});
