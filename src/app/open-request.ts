import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** What another page may ask an area to open on arrival (the overview's checkup actions). */
export type OpenRequest =
  | 'add-email'
  | 'add-phone'
  | 'set-password'
  | 'totp'
  | 'add-passkey'
  | 'backup-codes'
  | 'mfa-switch'
  | `reconnect-${string}`;

/** `/security?open=totp`: the area, and what to open there. */
export const openPath = (path: string, request: OpenRequest) => `${path}?${new URLSearchParams({ open: request })}`;

/**
 * Opens what the URL asks for, once, when `ready` (its data is there), then takes the request
 * out of the URL so a reload or Back does not open it again.
 */
export function useOpenRequest(request: OpenRequest, open: () => void, ready = true) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('open') === request;
  useEffect(() => {
    if (!asked || !ready) return;
    setParams(
      (current) => {
        current.delete('open');
        return current;
      },
      { replace: true },
    );
    open();
    // `open` is a fresh closure each render; what matters is that the request is there and ready.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked, ready]);
}
