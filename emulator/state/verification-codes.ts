import { randomInt } from 'node:crypto';

import type { Clock } from './clock.js';
import { generateStandardId } from './ids.js';
import type { TemplateType } from './verification-records.js';

export type CodeIdentifier = { type: 'email' | 'phone'; value: string };

/** Logto's `passcodes` row, reduced: one code bound to a verification record and template. */
export type VerificationCode = {
  id: string;
  /** The verification record the code belongs to (Logto's `interaction_jti`). */
  recordId: string;
  templateType: TemplateType;
  /** The email or phone exactly as it was sent to. */
  identifier: CodeIdentifier;
  code: string;
  /** Emulator-clock milliseconds. */
  createdAt: number;
  tryCount: number;
  consumed: boolean;
};

/** Six digits, like Logto's passcode generator. */
const sixDigits = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export class VerificationCodeStore {
  #codes: VerificationCode[] = [];

  constructor(private readonly clock: Clock) {}

  /**
   * A fresh code for the record. Like Logto, unconsumed codes of the same record and template are
   * dropped first; since every send creates a new record, codes of earlier records stay valid.
   */
  issue(recordId: string, templateType: TemplateType, identifier: CodeIdentifier): VerificationCode {
    this.#codes = this.#codes.filter(
      (entry) => entry.consumed || entry.recordId !== recordId || entry.templateType !== templateType
    );
    const entry: VerificationCode = {
      id: generateStandardId(),
      recordId,
      templateType,
      identifier: { ...identifier },
      code: sixDigits(),
      createdAt: this.clock.now(),
      tryCount: 0,
      consumed: false,
    };
    this.#codes.push(entry);
    return structuredClone(entry);
  }

  findUnconsumed(recordId: string, templateType: TemplateType | undefined): VerificationCode | undefined {
    const entry = this.#codes.find(
      (candidate) =>
        !candidate.consumed && candidate.recordId === recordId && candidate.templateType === templateType
    );
    return entry && structuredClone(entry);
  }

  countFailedTry(id: string): void {
    const entry = this.#codes.find((candidate) => candidate.id === id);
    if (entry) {
      entry.tryCount += 1;
    }
  }

  consume(id: string): void {
    const entry = this.#codes.find((candidate) => candidate.id === id);
    if (entry) {
      entry.consumed = true;
    }
  }

  clear(): void {
    this.#codes = [];
  }
}
