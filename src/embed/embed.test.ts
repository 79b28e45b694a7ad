import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostChannel } from './channel';
import { HostTokens } from './host-tokens';
import { detectEmbedMode, hostOriginOf } from './mode';
import { changeOf, protocol } from './protocol';

const location = (search = '', ancestor?: string) =>
  ({ search, ancestorOrigins: ancestor ? ({ 0: ancestor, length: 1 } as unknown as DOMStringList) : undefined }) as Location;

afterEach(() => vi.restoreAllMocks());

describe('embed mode', () => {
  it('runs on its own when not framed', () => {
    expect(detectEmbedMode(['https://host.test'], { framed: false })).toEqual({ kind: 'top' });
  });

  it('accepts an allowed host and notices host-token mode in the URL', () => {
    expect(detectEmbedMode(['https://host.test'], { framed: true, location: location('', 'https://host.test'), referrer: '' })).toEqual({
      kind: 'framed',
      hostOrigin: 'https://host.test',
      hostToken: false,
    });
    expect(
      detectEmbedMode(['https://host.test'], { framed: true, location: location('?embed=host-token', 'https://host.test'), referrer: '' }),
    ).toMatchObject({ hostToken: true });
  });

  it('refuses a host that is not allowed, or one it cannot identify', () => {
    expect(detectEmbedMode(['https://host.test'], { framed: true, location: location('', 'https://evil.test'), referrer: '' })).toEqual({
      kind: 'refused',
      hostOrigin: 'https://evil.test',
    });
    expect(detectEmbedMode(['https://host.test'], { framed: true, location: location(), referrer: '' })).toEqual({ kind: 'refused', hostOrigin: undefined });
    expect(detectEmbedMode([], { framed: true, location: location('', 'https://host.test'), referrer: '' }).kind).toBe('refused');
  });

  it('falls back to the referrer where the browser does not list ancestors', () => {
    expect(hostOriginOf(location(), 'https://host.test/some/page?x=1')).toBe('https://host.test');
  });
});

describe('host channel', () => {
  const message = (origin: string, data: unknown, source: MessageEventSource | null = window.parent) =>
    window.dispatchEvent(new MessageEvent('message', { origin, data, source }));

  it('hands over messages from the host and ignores, with a warning, those from elsewhere', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const channel = new HostChannel('https://host.test');
    const received: unknown[] = [];
    channel.on((data) => received.push(data));
    message('https://host.test', { protocol, version: 1, type: 'set-theme', theme: 'dark' });
    message('https://evil.test', { protocol, version: 1, type: 'set-theme', theme: 'light', secret: 'x' });
    message('https://host.test', { protocol, version: 2, type: 'set-theme', theme: 'light' });
    message('https://host.test', { type: 'not-ours' });
    expect(received).toEqual([{ protocol, version: 1, type: 'set-theme', theme: 'dark' }]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0])).not.toContain('secret');
  });

  it('posts only to the host origin', () => {
    const post = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => undefined);
    new HostChannel('https://host.test').post({ type: 'resize', height: 10 });
    expect(post).toHaveBeenCalledWith({ protocol, version: 1, type: 'resize', height: 10 }, 'https://host.test');
  });
});

describe('host tokens', () => {
  it('asks the host once for concurrent callers, then reuses the token until near expiry', async () => {
    const channel = new HostChannel('https://host.test');
    const post = vi.spyOn(channel, 'post').mockImplementation(() => undefined);
    const tokens = new HostTokens(channel);
    const first = tokens.get();
    const second = tokens.get();
    expect(post).toHaveBeenCalledTimes(1);
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: 'https://host.test',
        source: window.parent,
        data: { protocol, version: 1, type: 'token', accessToken: 'opaque-1', expiresAt: Date.now() + 3_600_000 },
      }),
    );
    await expect(Promise.all([first, second])).resolves.toEqual(['opaque-1', 'opaque-1']);
    await expect(tokens.get()).resolves.toBe('opaque-1');
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('fails when the host says it cannot provide a token', async () => {
    const channel = new HostChannel('https://host.test');
    vi.spyOn(channel, 'post').mockImplementation(() => undefined);
    const pending = new HostTokens(channel).get();
    window.dispatchEvent(new MessageEvent('message', { origin: 'https://host.test', source: window.parent, data: { protocol, version: 1, type: 'token-error' } }));
    await expect(pending).rejects.toThrow('could not provide a token');
  });
});

describe('account changes', () => {
  it('names the area a change touched from its API path', () => {
    expect(changeOf('/api/my-account')).toBe('profile');
    expect(changeOf('/api/my-account/primary-email')).toBe('email');
    expect(changeOf('/api/my-account/identities/github')).toBe('connections');
    expect(changeOf('/api/my-account/mfa-verifications/x/name')).toBe('mfa');
    expect(changeOf('/api/my-account/sessions/uid')).toBe('sessions');
    expect(changeOf('/api/my-account/grants/id')).toBe('sessions');
  });
});
