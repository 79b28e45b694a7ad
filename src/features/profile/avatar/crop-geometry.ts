/**
 * A square crop of an image, kept in the image's own pixels: the centre of the square and a
 * zoom (1 = the square fills the image's shorter side). Independent of the size it is shown at,
 * so the viewport, the preview and the final 512 px output all draw from the same state.
 */
export type Crop = { centerX: number; centerY: number; zoom: number };
export type ImageSize = { width: number; height: number };

/** Below this many source pixels a crop is mostly blur. */
const minSidePx = 32;
const maxZoomCap = 5;

export const maxZoom = ({ width, height }: ImageSize) => Math.max(1, Math.min(maxZoomCap, Math.min(width, height) / minSidePx));

/** The side of the square, in image pixels. */
export const cropSide = (size: ImageSize, zoom: number) => Math.min(size.width, size.height) / zoom;

const clampNumber = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The nearest crop that stays inside the image. */
export function clampCrop(size: ImageSize, crop: Crop): Crop {
  const zoom = clampNumber(crop.zoom, 1, maxZoom(size));
  const half = cropSide(size, zoom) / 2;
  return {
    zoom,
    centerX: clampNumber(crop.centerX, half, size.width - half),
    centerY: clampNumber(crop.centerY, half, size.height - half),
  };
}

export const initialCrop = (size: ImageSize): Crop => ({ centerX: size.width / 2, centerY: size.height / 2, zoom: 1 });

/** Moves the picture by a drag of `dx`,`dy` screen pixels in a viewport `viewport` pixels wide. */
export function pan(size: ImageSize, crop: Crop, dx: number, dy: number, viewport: number): Crop {
  const perScreenPixel = cropSide(size, crop.zoom) / viewport;
  return clampCrop(size, { ...crop, centerX: crop.centerX - dx * perScreenPixel, centerY: crop.centerY - dy * perScreenPixel });
}

/**
 * Zooms keeping the image point under `focus` (viewport fractions, 0.5/0.5 = the middle) where it
 * is, as a pinch or a wheel over that point would.
 */
export function zoomTo(size: ImageSize, crop: Crop, zoom: number, focus = { x: 0.5, y: 0.5 }): Crop {
  const before = cropSide(size, crop.zoom);
  const after = cropSide(size, clampNumber(zoom, 1, maxZoom(size)));
  const pointX = crop.centerX - before / 2 + focus.x * before;
  const pointY = crop.centerY - before / 2 + focus.y * before;
  return clampCrop(size, { zoom, centerX: pointX - focus.x * after + after / 2, centerY: pointY - focus.y * after + after / 2 });
}

/** The source square to draw, in image pixels. */
export function sourceRect(size: ImageSize, crop: Crop) {
  const side = cropSide(size, crop.zoom);
  return { x: crop.centerX - side / 2, y: crop.centerY - side / 2, side };
}
