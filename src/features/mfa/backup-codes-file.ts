/** The text file users keep their backup codes in: one code a line, with what they are for. */
export function backupCodesText({ codes, site, account, heading }: { codes: string[]; site: string; account: string; heading: string }) {
  return [`${heading} — ${site}`, account, '', ...codes, ''].join('\n');
}
