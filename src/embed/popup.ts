import { isEnvelope, protocol, protocolVersion } from './protocol';
import { signInPopupName } from './mode';

/**
 * Logto's sign-in page refuses to be framed, so a framed account center signs in through a popup
 * on its own origin. The popup only carries the authorization answer back; the frame, which holds
 * the PKCE verifier and state, completes the sign-in itself.
 */
export class SignInPopup {
  private window: Window | null = null;

  /** Must run straight from a click: browsers only allow popups from a user gesture. */
  open(): boolean {
    this.window = window.open('', signInPopupName, 'popup,width=480,height=720');
    return this.window !== null;
  }

  navigate(url: string) {
    if (this.window && !this.window.closed) this.window.location.href = url;
  }

  /** Calls back once if the user closes the popup before it answers. */
  watchClosed(onClosed: () => void): () => void {
    const timer = window.setInterval(() => {
      if (this.window?.closed) {
        window.clearInterval(timer);
        onClosed();
      }
    }, 500);
    return () => window.clearInterval(timer);
  }

  /** Waits for the popup's answer; only from our own origin and from the window we opened. */
  listen(redirectUri: string, onAnswer: (url: string) => void): () => void {
    const receive = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== this.window) return;
      if (!isEnvelope(event.data) || event.data.type !== 'sign-in-callback') return;
      const url = (event.data as { url?: unknown }).url;
      if (typeof url !== 'string' || !url.startsWith(redirectUri)) return;
      this.window?.close();
      onAnswer(url);
    };
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }
}

/** In the popup: hand Logto's answer to the frame that opened it, then close. */
export function returnAnswerToOpener(): boolean {
  if (!window.opener) return false;
  (window.opener as Window).postMessage(
    { protocol, version: protocolVersion, type: 'sign-in-callback', url: window.location.href },
    window.location.origin,
  );
  window.close();
  return true;
}
