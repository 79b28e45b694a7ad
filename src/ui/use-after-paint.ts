import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: for work that can follow what
 * the page shows first (a deferred value is not enough, as React may render it before the browser
 * gets to paint). The timeout after the animation frame runs once that frame is out.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
