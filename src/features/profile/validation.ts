export function isLocaleTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** OIDC `birthdate`: YYYY-MM-DD (year 0000 when only month and day are known). */
export const isBirthdate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value.replace(/^0000/, '2000')}T00:00:00Z`));
