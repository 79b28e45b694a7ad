import { posix } from 'node:path';

import { randomString } from '../state/ids.js';

/**
 * What Logto's avatar upload accepts (`packages/core/src/routes/avatar-upload.ts`): the type is
 * read from the first bytes, whatever the part's Content-Type or file name says, and the file
 * must also end as that format ends, so a valid header followed by other data is refused.
 */
export type AvatarMimeType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/bmp';

/** Logto's `maxUploadFileSize`: 20 MB, inclusive. */
export const maxAvatarBytes = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) =>
  prefix.every((byte, index) => bytes[offset + index] === byte);

const uint32Le = (bytes: Uint8Array, offset: number) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true);

/** In Logto's order: the first matching signature wins. */
const signatures: Array<{ type: AvatarMimeType; matches: (bytes: Uint8Array) => boolean }> = [
  { type: 'image/jpeg', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/gif', matches: (bytes) => startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) },
  { type: 'image/bmp', matches: (bytes) => startsWith(bytes, [0x42, 0x4d]) },
  {
    type: 'image/webp',
    matches: (bytes) => startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8),
  },
];

/** How each format ends: JPEG's EOI marker, PNG's IEND chunk, GIF's trailer, the RIFF and BMP sizes. */
const endsWell: Record<AvatarMimeType, (bytes: Uint8Array) => boolean> = {
  'image/jpeg': (bytes) => bytes.at(-2) === 0xff && bytes.at(-1) === 0xd9,
  'image/png': (bytes) =>
    bytes.length >= 8 && startsWith(bytes, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], bytes.length - 8),
  'image/gif': (bytes) => bytes.at(-1) === 0x3b,
  'image/webp': (bytes) => bytes.length >= 12 && bytes.length === uint32Le(bytes, 4) + 8,
  'image/bmp': (bytes) => bytes.length >= 6 && bytes.length === uint32Le(bytes, 2),
};

/**
 * The avatar type of the bytes, or `undefined` for anything Logto refuses with
 * `guard.mime_type_not_allowed` (unknown bytes, SVG, TIFF, ICO, or a known header with the wrong end).
 */
export const detectAvatarType = (bytes: Uint8Array): AvatarMimeType | undefined => {
  const type = signatures.find(({ matches }) => matches(bytes))?.type;
  return type && bytes.length > 0 && endsWell[type](bytes) ? type : undefined;
};

/** The first extension Logto maps each type to (`mimeTypeToFileExtensionMappings`). */
const extensions: Record<AvatarMimeType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
};

/**
 * Logto's `sanitizeFilename`: the base name with anything but word characters, dots and dashes
 * turned into `-`, at most 128 characters; an empty result becomes `<8 random>.<extension>`.
 * The extension the client gave is kept even when it does not match the detected type.
 */
export const sanitizeFilename = (filename: string, type: AvatarMimeType): string =>
  posix.basename(filename).replaceAll(/[^\w.-]/g, '-').slice(0, 128) ||
  `${randomString(8, '0123456789abcdefghijklmnopqrstuvwxyz')}.${extensions[type]}`;
