/**
 * Logto allows 10 codes per recipient in 10 minutes and says only "too many" (no Retry-After).
 * Remembering this tab's own sends lets the app say when the next one will work; other clients'
 * sends are unknown, so without ten of ours the window's full length is the honest answer.
 */
export const sendLimit = 10;
export const sendWindowMs = 10 * 60_000;

const sends = new Map<string, number[]>();

export function logSend(recipient: string, at = Date.now()) {
  const recent = (sends.get(recipient) ?? []).filter((time) => at - time < sendWindowMs);
  sends.set(recipient, [...recent, at]);
}

/** Milliseconds until Logto accepts another code for this recipient. */
export function waitBeforeNextSend(recipient: string, now = Date.now()): number {
  const recent = (sends.get(recipient) ?? []).filter((time) => now - time < sendWindowMs);
  if (recent.length < sendLimit) return sendWindowMs;
  return Math.max(0, recent[recent.length - sendLimit]! + sendWindowMs - now);
}

export function clearSendLog() {
  sends.clear();
}
