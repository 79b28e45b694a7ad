import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { exitCodes, ProvisionError } from './errors.js';

const readExisting = async (path: string): Promise<{ text: string; value: Record<string, unknown> } | undefined> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ProvisionError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, exitCodes.usage);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new ProvisionError(`${path} exists but is not JSON; fix or remove it`, exitCodes.usage);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProvisionError(`${path} exists but is not a JSON object; fix or remove it`, exitCodes.usage);
  }
  return { text, value: value as Record<string, unknown> };
};

/**
 * Merges the command's keys over an existing `config.json` (its other keys are kept, in place)
 * and writes it when the bytes differ. Returns whether it was (or, in a dry run, would be) written.
 */
export const writeConfig = async (path: string, ours: Record<string, unknown>, dryRun: boolean): Promise<boolean> => {
  const existing = await readExisting(path);
  const text = `${JSON.stringify({ ...existing?.value, ...ours }, null, 2)}\n`;
  if (existing?.text === text) {
    return false;
  }
  if (!dryRun) {
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a server never reads half a file.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, text);
    await rename(temporary, path);
  }
  return true;
};
