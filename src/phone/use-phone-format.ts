import { useEffect, useState } from 'react';
import { formatPhone, loadPhoneLibrary } from './phone';

/**
 * Formats Logto's digits-only numbers, re-rendering once the phone library has loaded. Nothing is
 * loaded while there is no number to show.
 */
export function usePhoneFormat(needed = true): (digits: string) => string {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!needed) return;
    let current = true;
    loadPhoneLibrary().then(
      () => current && setLoaded(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [needed]);
  return formatPhone;
}
