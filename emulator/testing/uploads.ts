import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

import { request, type RawResponse } from './http.js';

/** CRC-32 (IEEE), for PNG chunks. */
const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
};

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

/** A 1×1 PNG of the given RGBA colour: a real image a browser draws. */
const png = (rgba: [number, number, number, number] = [97, 57, 246, 255]): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, ...rgba]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
};

/** A 1×1 24-bit BMP (file size in the header, as Logto checks). */
const bmp = (): Buffer => {
  const file = Buffer.alloc(58);
  file.write('BM', 0, 'ascii');
  file.writeUInt32LE(58, 2);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(1, 18);
  file.writeInt32LE(1, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(4, 34);
  file.set([246, 57, 97], 54);
  return file;
};

/**
 * Small files of each format Logto's avatar upload accepts. PNG, GIF, WebP and BMP are real
 * 1×1 images; the JPEG only has what Logto looks at (the SOI header and the EOI end marker).
 */
export const images = {
  png,
  gif: () => Buffer.from('47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b', 'hex'),
  webp: () => Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'),
  bmp,
  jpeg: () => Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'),
};

export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; contentType?: string; bytes: Uint8Array };

/** A `multipart/form-data` body as a browser's FormData sends it, with its Content-Type. */
export const multipartBody = (parts: FormPart[]): { body: Buffer; contentType: string } => {
  const boundary = `----EmulatorFormBoundary${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      'filename' in part
        ? `form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`
        : `form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push('filename' in part ? Buffer.from(part.bytes) : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
};

/** POST `/api/my-account/user-assets/avatar` with these parts, from the SPA's origin. */
export const postAvatar = (
  baseUrl: string,
  token: string,
  parts: FormPart[],
  headers: Record<string, string> = {}
): Promise<RawResponse> => {
  const { body, contentType } = multipartBody(parts);
  return request(`${baseUrl}/api/my-account/user-assets/avatar`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, Origin: 'http://localhost:5173', 'Content-Type': contentType, ...headers },
    body,
  });
};

/** The usual single `file` part. */
export const avatarFile = (bytes: Uint8Array, filename = 'avatar.png', contentType = 'image/png'): FormPart => ({
  name: 'file',
  filename,
  contentType,
  bytes,
});
