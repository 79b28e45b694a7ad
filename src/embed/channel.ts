import { isEnvelope, protocol, protocolVersion, type FromHost, type ToHost } from './protocol';

/**
 * The account center's side of the host protocol. It talks only to the embedding page, only on
 * the origin checked against `embed.allowedOrigins`, and never posts with a wildcard target.
 */
export class HostChannel {
  private readonly handlers = new Set<(message: FromHost) => void>();

  constructor(readonly hostOrigin: string) {
    window.addEventListener('message', this.receive);
  }

  post(message: ToHost) {
    window.parent.postMessage({ protocol, version: protocolVersion, ...message }, this.hostOrigin);
  }

  on(handler: (message: FromHost) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  private readonly receive = (event: MessageEvent) => {
    if (!isEnvelope(event.data)) return;
    // Our own origin talks on its own channel (the sign-in popup); see popup.ts.
    if (event.origin === window.location.origin) return;
    if (event.origin !== this.hostOrigin || event.source !== window.parent) {
      // Only that something was refused: the message itself may be hostile, so none of it is logged.
      console.warn('Account center: ignored a message from a page that may not embed it.');
      return;
    }
    if (Math.trunc(event.data.version) !== protocolVersion) return;
    for (const handler of this.handlers) handler(event.data as unknown as FromHost);
  };
}
