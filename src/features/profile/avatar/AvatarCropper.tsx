import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '@/i18n/I18nProvider';
import { pan, zoomTo, type Crop } from './crop-geometry';
import { drawCrop, type Picture } from './render-crop';

type Props = { picture: Picture; crop: Crop; onChange: (crop: Crop) => void };

/** Viewport side in CSS pixels: fits the dialog on a 320 px wide phone. */
const viewportSide = 256;
const zoomStep = 1.15;

/**
 * The crop area: drag (mouse, pen or one finger), pinch or wheel to zoom; the keyboard moves it
 * with the arrows and zooms with + and −. Drawn on a canvas, so no image URL and nothing the
 * page's Content-Security-Policy would have to allow.
 */
export function AvatarCropper({ picture, crop, onChange }: Props) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const latest = useRef(crop);
  const instructions = useId();

  useEffect(() => {
    latest.current = crop;
    if (canvas.current) drawCrop(canvas.current, picture, crop, Math.round(viewportSide * window.devicePixelRatio), true);
  }, [picture, crop]);

  // React's onWheel is passive: it cannot stop the page from scrolling while the user zooms.
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const focus = { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
      const current = latest.current;
      onChange(zoomTo(picture, current, event.deltaY < 0 ? current.zoom * zoomStep : current.zoom / zoomStep, focus));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [picture, onChange]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId).map(([, point]) => point);
    const now = { x: event.clientX, y: event.clientY };
    pointers.current.set(event.pointerId, now);
    const box = event.currentTarget.getBoundingClientRect();
    const [other] = others;
    if (other) {
      // Two fingers: zoom by how much their distance changed, around the point between them.
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(now.x - other.x, now.y - other.y);
      if (before === 0) return;
      const focus = { x: ((now.x + other.x) / 2 - box.left) / box.width, y: ((now.y + other.y) / 2 - box.top) / box.height };
      onChange(zoomTo(picture, crop, crop.zoom * (after / before), focus));
      return;
    }
    onChange(pan(picture, crop, now.x - previous.x, now.y - previous.y, box.width));
  };

  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = (event.shiftKey ? 0.2 : 0.05) * viewportSide;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (move) {
      // An arrow moves the picture that way, as dragging it would.
      onChange(pan(picture, crop, move[0], move[1], viewportSide));
    } else if (event.key === '+' || event.key === '=') {
      onChange(zoomTo(picture, crop, crop.zoom * zoomStep));
    } else if (event.key === '-' || event.key === '_') {
      onChange(zoomTo(picture, crop, crop.zoom / zoomStep));
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div className="flex flex-col items-center gap-2">
      {/* A 2D pan area has no ARIA widget role; "application" hands it its keys (arrows, + and −). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={area}
        role="application"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={t('avatar.crop.area')}
        aria-describedby={instructions}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onKeyDown={onKeyDown}
        className="size-64 cursor-move touch-none overflow-hidden rounded-lg bg-gray-200 select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand dark:bg-gray-800"
      >
        <canvas ref={canvas} aria-hidden="true" className="size-full" />
      </div>
      <p id={instructions} className="text-center text-xs text-gray-600 dark:text-gray-400">
        {t('avatar.crop.instructions')}
      </p>
    </div>
  );
}
