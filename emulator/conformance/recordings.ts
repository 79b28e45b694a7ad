import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type RecordedExchange = {
  name: string;
  note?: string;
  /** When the real server answered (ISO); TOTP areas replay on this time. */
  recordedAt?: string;
  request: {
    method: string;
    /** Pathname plus query, as sent. */
    path: string;
    headers?: Record<string, string>;
    body?: unknown;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    bodyType?: 'json' | 'text' | 'empty' | null;
    body: unknown;
  };
  /** What a connector received, where the recording captured it. */
  sideEffect?: {
    mockEmailRecord?: RecordedMessage & { address: string };
    mockSmsRecord?: RecordedMessage & { phone: string };
  };
};

/** A verification code as the mock connector received it; `type` is the template. */
export type RecordedMessage = { code: string; type: string };

export const recordingsDirectory = fileURLToPath(new URL('../fixtures/logto/recorded/', import.meta.url));

/** Recorded areas (file names without `.json`), sorted. */
export const recordedAreas = (): string[] =>
  readdirSync(recordingsDirectory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();

export const loadArea = (area: string): RecordedExchange[] =>
  JSON.parse(readFileSync(new URL(`${area}.json`, `file://${recordingsDirectory}`), 'utf8')) as RecordedExchange[];

export const pathnameOf = (path: string): string => path.split('?')[0] ?? path;
