/** Only http(s) addresses become links or images: never `javascript:` or `data:` from someone's data. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}
