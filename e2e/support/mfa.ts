import type { Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { expect } from './fixtures';

/** Scan-less setup, as a person would do it: open "Can't scan", read the key, type the app's code. */
export async function setUpAuthenticatorApp(page: Page, dialogName: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByText('Can’t scan the code?').click();
  const key = (await dialog.getByTestId('totp-key').innerText()).replace(/\s/g, '');
  await dialog.getByRole('textbox', { name: 'Code from the app' }).fill(generateSync({ secret: key }));
  await dialog.getByRole('button', { name: 'Verify and turn on' }).click();
  await expect(dialog).toBeHidden();
  return key;
}
