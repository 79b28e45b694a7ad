import type { Clock } from './clock.js';
import type { TemplateType } from './verification-records.js';

/** One verification code "sent" by the emulator; no connector is involved. */
export type OutboxMessage = {
  /** The email or phone exactly as it was sent to. */
  to: string;
  channel: 'email' | 'sms';
  code: string;
  templateType: TemplateType;
  /** ISO time on the emulator clock. */
  sentAt: string;
};

const sameRecipient = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The dev outbox: every code the emulator sends, newest first, plus one terminal line per message
 * so a developer can sign in by hand. Codes are throwaway test values, so printing them is fine.
 */
export class Outbox {
  #messages: OutboxMessage[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly print: ((line: string) => void) | undefined
  ) {}

  add(message: Omit<OutboxMessage, 'sentAt'>): OutboxMessage {
    const entry: OutboxMessage = { ...message, sentAt: new Date(this.clock.now()).toISOString() };
    this.#messages.unshift(entry);
    this.print?.(
      `[outbox] ${entry.sentAt} ${entry.channel} to ${entry.to}: code ${entry.code} (${entry.templateType})`
    );
    return { ...entry };
  }

  /** Newest first; `to` matches case-insensitively. */
  list(to?: string): OutboxMessage[] {
    return this.#messages
      .filter((message) => to === undefined || sameRecipient(message.to, to))
      .map((message) => ({ ...message }));
  }

  clear(): void {
    this.#messages = [];
  }
}
