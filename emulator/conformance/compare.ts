import { isDeepStrictEqual } from 'node:util';

import type { RawResponse } from '../testing/http.js';

import type { RecordedExchange } from './recordings.js';

/** Response headers compared by value (absence included). */
const exactHeaders = [
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
  'access-control-allow-credentials',
  'allow',
  'content-type',
  'cache-control',
];

/** Helmet-style headers: compared by value when the recording has them. */
const securityHeaders = [
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

export type CompareOptions = {
  /** Body paths (dot-separated, `*` for any array index) whose shape may differ on purpose. */
  ignoreBodyPaths?: string[];
  /** Body paths whose values must equal the recording's (e.g. a URI the emulator reproduces). */
  equalBodyPaths?: string[];
  /** Object keys that are ids of the recorded tenant (a client id keying a map) → the emulator's. */
  keyAliases?: Record<string, string>;
};

const ignored = (path: string, patterns: string[]) =>
  patterns.some((pattern) => {
    const regex = new RegExp(`^${pattern.replaceAll('.', '\\.').replaceAll('*', '[^.]+')}(\\.|$)`);
    return regex.test(path);
  });

/**
 * Success bodies: same keys at every level, same JSON types, equal booleans. Strings and numbers
 * (ids, timestamps, names) may differ; arrays are compared element-wise where both have items.
 */
export const compareShape = (
  recorded: unknown,
  actual: unknown,
  path: string,
  options: CompareOptions,
  problems: string[]
): void => {
  if (ignored(path, options.ignoreBodyPaths ?? [])) {
    return;
  }
  const label = path || '(body)';
  if (ignored(path, options.equalBodyPaths ?? []) && !isDeepStrictEqual(recorded, actual)) {
    problems.push(`${label}: ${JSON.stringify(actual)}, recorded ${JSON.stringify(recorded)}`);
    return;
  }
  if (jsonType(recorded) !== jsonType(actual)) {
    problems.push(`${label}: type ${jsonType(actual)}, recorded ${jsonType(recorded)}`);
    return;
  }
  if (typeof recorded === 'boolean' && recorded !== actual) {
    problems.push(`${label}: ${String(actual)}, recorded ${String(recorded)}`);
    return;
  }
  if (Array.isArray(recorded) && Array.isArray(actual)) {
    if (recorded.length !== actual.length) {
      problems.push(`${label}: ${actual.length} items, recorded ${recorded.length}`);
    }
    recorded.slice(0, actual.length).forEach((item, index) => {
      compareShape(item, actual[index], path ? `${path}.${index}` : String(index), options, problems);
    });
    return;
  }
  if (jsonType(recorded) === 'object') {
    const aliases = options.keyAliases ?? {};
    const recordedObject = Object.fromEntries(
      Object.entries(recorded as Record<string, unknown>).map(([key, value]) => [aliases[key] ?? key, value])
    );
    const actualObject = actual as Record<string, unknown>;
    const keys = new Set([...Object.keys(recordedObject), ...Object.keys(actualObject)]);
    for (const key of keys) {
      const child = path ? `${path}.${key}` : key;
      if (ignored(child, options.ignoreBodyPaths ?? [])) {
        continue;
      }
      if (!(key in actualObject)) {
        problems.push(`${child}: missing`);
      } else if (!(key in recordedObject)) {
        problems.push(`${child}: not in the recording`);
      } else {
        compareShape(recordedObject[key], actualObject[key], child, options, problems);
      }
    }
  }
};

const varyTokens = (value: string | undefined) =>
  new Set((value ?? '').split(',').map((token) => token.trim().toLowerCase()).filter(Boolean));

/** Everything that differs between a recorded response and the emulator's, as readable lines. */
export const compareResponse = (
  exchange: RecordedExchange,
  actual: RawResponse,
  options: CompareOptions = {}
): string[] => {
  const problems: string[] = [];
  const { response: recorded } = exchange;

  if (actual.status !== recorded.status) {
    problems.push(`status ${actual.status}, recorded ${recorded.status}`);
  }

  for (const name of exactHeaders) {
    const expected = recorded.headers[name];
    const got = actual.header(name);
    if (expected !== got) {
      problems.push(`header ${name}: ${got ?? '(absent)'}, recorded ${expected ?? '(absent)'}`);
    }
  }
  for (const name of securityHeaders) {
    const expected = recorded.headers[name];
    if (expected !== undefined && actual.header(name) !== expected) {
      problems.push(`header ${name}: ${actual.header(name) ?? '(absent)'}, recorded ${expected}`);
    }
  }
  if (recorded.headers['logto-core-request-id'] !== undefined && !/^[\w-]{16}$/.test(actual.header('logto-core-request-id') ?? '')) {
    problems.push('header logto-core-request-id: missing or not 16 characters');
  }
  if ((recorded.headers.etag === undefined) !== (actual.header('etag') === undefined)) {
    problems.push(`header etag: ${actual.header('etag') ? 'present' : 'absent'}, recorded ${recorded.headers.etag ? 'present' : 'absent'}`);
  }
  const expectedVary = varyTokens(recorded.headers.vary);
  const gotVary = varyTokens(actual.header('vary'));
  if (!isDeepStrictEqual(expectedVary, gotVary)) {
    problems.push(`header vary: ${actual.header('vary') ?? '(absent)'}, recorded ${recorded.headers.vary ?? '(absent)'}`);
  }

  const bodyType = recorded.bodyType ?? 'empty';
  if (bodyType === 'empty' || recorded.body === null) {
    if (actual.text !== '') {
      problems.push(`body: ${actual.text.slice(0, 80)}, recorded empty`);
    }
  } else if (bodyType === 'text') {
    if (actual.text !== recorded.body) {
      problems.push(`body: ${JSON.stringify(actual.text.slice(0, 80))}, recorded ${JSON.stringify(recorded.body)}`);
    }
  } else if (actual.json === undefined) {
    problems.push(`body: not JSON (${actual.text.slice(0, 80)})`);
  } else if (recorded.status >= 400) {
    const expected = recorded.body as Record<string, unknown>;
    const got = actual.json as Record<string, unknown>;
    for (const key of ['code', 'message', 'data', 'details']) {
      if (!isDeepStrictEqual(got[key], expected[key])) {
        problems.push(`body.${key}: ${JSON.stringify(got[key])}, recorded ${JSON.stringify(expected[key])}`);
      }
    }
    const extra = Object.keys(got).filter((key) => !(key in expected));
    if (extra.length > 0) {
      problems.push(`body: unexpected keys ${extra.join(', ')}`);
    }
  } else {
    compareShape(recorded.body, actual.json, '', options, problems);
  }

  return problems;
};
