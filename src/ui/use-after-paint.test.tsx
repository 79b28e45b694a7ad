import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

describe('useAfterPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('turns true only after the next frame has been painted', () => {
    const { result } = renderHook(() => useAfterPaint());
    expect(result.current).toBe(false);
    // The frame's callback runs before that frame is painted: still false.
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('does nothing once unmounted', () => {
    const { result, unmount } = renderHook(() => useAfterPaint());
    unmount();
    act(() => vi.runAllTimers());
    expect(result.current).toBe(false);
  });
});
