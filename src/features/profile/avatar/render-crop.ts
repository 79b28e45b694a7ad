import { sourceRect, type Crop, type ImageSize } from './crop-geometry';

export type Picture = CanvasImageSource & ImageSize;

/** Largest side of the saved avatar: sharp on high-density screens, a few dozen KB as WebP. */
export const outputSide = 512;

/** Draws the cropped square into a canvas of `side` pixels; `guide` darkens what a round avatar hides. */
export function drawCrop(canvas: HTMLCanvasElement, picture: Picture, crop: Crop, side: number, guide = false) {
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) return;
  const source = sourceRect(picture, crop);
  context.imageSmoothingQuality = 'high';
  context.clearRect(0, 0, side, side);
  context.drawImage(picture, source.x, source.y, source.side, source.side, 0, 0, side, side);
  if (guide) {
    context.fillStyle = 'rgba(0, 0, 0, 0.45)';
    context.beginPath();
    context.rect(0, 0, side, side);
    context.arc(side / 2, side / 2, side / 2, 0, Math.PI * 2, true);
    context.fill('evenodd');
  }
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));

/**
 * The crop as the file to upload: at most 512 px square (never upscaled), WebP where the browser
 * can encode it, otherwise PNG (both are formats Logto takes).
 */
export async function encodeCrop(picture: Picture, crop: Crop): Promise<{ blob: Blob; fileName: string }> {
  const canvas = document.createElement('canvas');
  drawCrop(canvas, picture, crop, Math.max(1, Math.min(outputSide, Math.round(sourceRect(picture, crop).side))));
  const webp = await toBlob(canvas, 'image/webp', 0.9);
  if (webp?.type === 'image/webp') return { blob: webp, fileName: 'avatar.webp' };
  const png = await toBlob(canvas, 'image/png');
  if (!png) throw new Error('The browser could not encode the image.');
  return { blob: png, fileName: 'avatar.png' };
}
