import { afterAll, beforeAll, beforeEach } from 'vitest';

import { createEmulator, type Emulator } from '../server.js';

/**
 * One emulator per test file on a free port, back to its seed before every test. Returns a
 * getter because the emulator only exists once `beforeAll` has run.
 */
export const useEmulator = (): (() => Emulator) => {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await createEmulator({ port: 0, printOutbox: false });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(async () => {
    await emulator?.reset();
  });
  return () => {
    if (!emulator) throw new Error('The emulator starts in beforeAll.');
    return emulator;
  };
};
