import type { Clock } from './clock.js';

export type SentinelPolicy = { maxAttempts: number; lockoutMinutes: number };

/** Logto's defaults (`sentinelPolicy` empty in the sign-in experience). */
export const defaultSentinelPolicy: SentinelPolicy = { maxAttempts: 100, lockoutMinutes: 60 };

type Activity = { at: number; failed: boolean; blocked: boolean; decisionExpiresAt: number };

export type SentinelDecision = { blocked: false } | { blocked: true; expiresAt: number };

const windowMs = 60 * 60 * 1000;

/**
 * Failure counting for password and code verification, per identifier (user id for passwords,
 * email/phone for codes). Mirrors Logto's basic sentinel: a blocked decision stands until it
 * expires; otherwise the attempt is blocked when past failures in the last hour plus this one
 * reach `maxAttempts`. Every attempt is recorded, blocked ones included.
 */
export class Sentinel {
  readonly #activities = new Map<string, Activity[]>();
  policy: SentinelPolicy = { ...defaultSentinelPolicy };

  constructor(private readonly clock: Clock) {}

  report(target: string, failed: boolean): SentinelDecision {
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
        recentFailures + (failed ? 1 : 0) >= this.policy.maxAttempts
          ? { blocked: true, expiresAt: now + this.policy.lockoutMinutes * 60 * 1000 }
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
