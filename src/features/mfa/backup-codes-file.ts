/** The text file users keep their backup codes in: one code a line, with what they are for. */
export function backupCodesText({ codes, site, account, heading }: { codes: string[]; site: string; account: string; heading: string }) {
  return [`${heading} — ${site}`, account, '', ...codes, ''].join('\n');
}

/** Saves text as a file without a server: a Blob URL, clicked, then released. */
export function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
