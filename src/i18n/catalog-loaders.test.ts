import { afterEach, describe, expect, it, vi } from 'vitest';

describe('a language’s words', () => {
  afterEach(() => {
    vi.doUnmock('./messages/de.ts');
    vi.resetModules();
  });

  it('download once, however many ask (the boot script first, then the app)', async () => {
    const { loadCatalog } = await import('./catalog-loaders');
    const first = loadCatalog('de');
    expect(loadCatalog('de')).toBe(first);
    expect((await first)?.['profile.title']).toBe('Profil');
  });

  it('are asked for again after a failed download', async () => {
    let fail = true;
    vi.doMock('./messages/de.ts', async (original) => {
      if (fail) throw new Error('network lost');
      return original();
    });
    const { loadCatalog } = await import('./catalog-loaders');
    await expect(loadCatalog('de')).rejects.toThrow();
    fail = false;
    expect((await loadCatalog('de'))?.['profile.title']).toBe('Profil');
  });
});
