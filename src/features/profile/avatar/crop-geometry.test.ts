import { describe, expect, it } from 'vitest';
import { clampCrop, initialCrop, maxZoom, pan, sourceRect, zoomTo } from './crop-geometry';
import { checkImageFile, maxImageBytes } from './image-file';

const landscape = { width: 1200, height: 800 };

describe('crop geometry', () => {
  it('starts with the largest centred square', () => {
    expect(sourceRect(landscape, initialCrop(landscape))).toEqual({ x: 200, y: 0, side: 800 });
  });

  it('never leaves the image when panned or zoomed out', () => {
    const crop = initialCrop(landscape);
    // Dragging 1000 screen px right in a 200 px viewport tries to move far past the left edge.
    expect(sourceRect(landscape, pan(landscape, crop, 1000, 0, 200))).toEqual({ x: 0, y: 0, side: 800 });
    expect(sourceRect(landscape, pan(landscape, crop, -1000, 0, 200))).toEqual({ x: 400, y: 0, side: 800 });
    expect(clampCrop(landscape, { ...crop, zoom: 0.2 }).zoom).toBe(1);
    expect(clampCrop(landscape, { ...crop, zoom: 99 }).zoom).toBe(maxZoom(landscape));
  });

  it('moves by screen pixels scaled to the zoomed square', () => {
    const zoomed = zoomTo(landscape, initialCrop(landscape), 2);
    // A 400 px source square shown 200 px wide: 10 screen px are 20 image px.
    expect(pan(landscape, zoomed, -10, 0, 200).centerX).toBe(zoomed.centerX + 20);
  });

  it('keeps the point under the pointer in place while zooming', () => {
    const crop = initialCrop(landscape);
    const zoomed = zoomTo(landscape, crop, 2, { x: 0.25, y: 0.25 });
    const before = sourceRect(landscape, crop);
    const after = sourceRect(landscape, zoomed);
    expect(before.x + 0.25 * before.side).toBeCloseTo(after.x + 0.25 * after.side);
    expect(before.y + 0.25 * before.side).toBeCloseTo(after.y + 0.25 * after.side);
    expect(after.side).toBe(400);
  });

  it('stops zooming where the square would be only a few pixels of the image', () => {
    expect(maxZoom({ width: 64, height: 64 })).toBe(2);
    expect(maxZoom({ width: 20, height: 20 })).toBe(1);
    expect(maxZoom({ width: 4000, height: 3000 })).toBe(5);
  });
});

describe('image files', () => {
  const file = (bytes: number[], size = bytes.length) => {
    const blob = new Blob([new Uint8Array(bytes)]);
    return size === bytes.length ? blob : ({ size, slice: blob.slice.bind(blob) } as unknown as Blob);
  };

  it('knows the formats Logto takes by their first bytes, whatever the name says', async () => {
    expect(await checkImageFile(file([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
    expect(await checkImageFile(file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeUndefined();
    expect(await checkImageFile(file([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBeUndefined();
    expect(await checkImageFile(file([0x42, 0x4d, 0, 0]))).toBeUndefined();
    expect(await checkImageFile(file([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBeUndefined();
    expect(await checkImageFile(file([0x25, 0x50, 0x44, 0x46]))).toBe('type'); // %PDF
    expect(await checkImageFile(file([0x3c, 0x73, 0x76, 0x67]))).toBe('type'); // <svg
  });

  it('refuses a file over Logto’s 20 MB limit', async () => {
    expect(await checkImageFile(file([0xff, 0xd8, 0xff, 0xe0], maxImageBytes + 1))).toBe('size');
    expect(await checkImageFile(file([0xff, 0xd8, 0xff, 0xe0], maxImageBytes))).toBeUndefined();
  });
});
