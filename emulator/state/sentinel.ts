import type { Clock } from './clock.js';
import type { SentinelPolicy } from './sign-in-experience.js';

/** Logto's defaults for an empty `sentinelPolicy` in the sign-in experience. */
export const defaultSentinelPolicy: Required<SentinelPolicy> = { maxAttempts: 100, lockoutDuration: 60 };

type Activity = { at: number; failed: boolean; blocked: boolean; decisionExpiresAt: number };

export type SentinelDecision = { blocked: false } | { blocked: true; expiresAt: number };

const windowMs = 60 * 60 * 1000;

/**
 * Failure counting for password and code verification, per identifier value (the user id for
 * passwords, the email or phone as sent for codes; Logto hashes the value alone). Mirrors Logto's
 * basic sentinel: a blocked decision stands until it expires; otherwise the attempt is blocked
 * when past failures in the last hour plus this one reach `maxAttempts`. Every attempt is
 * recorded, blocked ones included. The policy is read from the sign-in experience on each call.
 */
export class Sentinel {
  readonly #activities = new Map<string, Activity[]>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: () => SentinelPolicy
  ) {}

  report(target: string, failed: boolean): SentinelDecision {
    const { maxAttempts, lockoutDuration } = { ...defaultSentinelPolicy, ...this.policy() };
    const now = this.clock.now();
    const activities = this.#activities.get(target) ?? [];
    const activeBlock = activities.find(
      (activity) => activity.blocked && activity.decisionExpiresAt > now
    );

    let decision: SentinelDecision;
    if (activeBlock) {
      decision = { blocked: true, expiresAt: activeBlock.decisionExpiresAt };
    } else {
      const recentFailures = activities.filter(
        (activity) => activity.failed && !activity.blocked && activity.at > now - windowMs
      ).length;
      decision =
        recentFailures + (failed ? 1 : 0) >= maxAttempts
          ? { blocked: true, expiresAt: now + lockoutDuration * 60 * 1000 }
          : { blocked: false };
    }

    activities.push({
      at: now,
      failed,
      blocked: decision.blocked,
      decisionExpiresAt: decision.blocked ? decision.expiresAt : now,
    });
    this.#activities.set(target, activities);
    return decision;
  }

  clear(): void {
    this.#activities.clear();
  }
}
