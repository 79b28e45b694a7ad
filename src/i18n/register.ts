/**
 * English messages of parts of the app that load on demand. A lazy module registers its messages
 * when it is evaluated, which is always before any of its components renders.
 */
export const registeredEnglish: Record<string, string> = {};

export function registerEnglish(messages: Record<string, string>) {
  Object.assign(registeredEnglish, messages);
}
