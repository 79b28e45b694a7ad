export function formatBirthdate(value: string, locale: string): string {
  const unknownYear = value.startsWith('0000-');
  const date = new Date(`${unknownYear ? value.replace(/^0000/, '2000') : value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = unknownYear
    ? { month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatLocaleTag(value: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(value);
    return name && name !== value ? `${name} (${value})` : value;
  } catch {
    return value;
  }
}

let timeZones: string[] | undefined;
export function timeZoneList(): string[] {
  timeZones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return timeZones;
}
