import { registerEnglish } from '@/i18n/register';
import { avatarEn } from './messages.en';

// The first module a chosen photo loads: the words for what can go wrong come with it.
registerEnglish(avatarEn);

/** Logto's limit for an uploaded avatar, applied to the chosen file before anything is decoded. */
export const maxImageBytes = 20 * 1024 * 1024;

export type ImageProblem = 'type' | 'size';

const signatures: Array<{ bytes: Array<number | undefined>; offset?: number }> = [
  { bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG
  { bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { bytes: [0x42, 0x4d] }, // BMP
  { bytes: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50] }, // RIFF….WEBP
];

/**
 * What Logto would refuse, decided the way Logto decides it (the file's first bytes, not its
 * name or declared type), so the user hears it before waiting for an upload.
 */
export async function checkImageFile(file: Blob): Promise<ImageProblem | undefined> {
  const head = await firstBytes(file, 12);
  const known = signatures.some(({ bytes }) => bytes.every((byte, index) => byte === undefined || head[index] === byte));
  if (!known) return 'type';
  if (file.size > maxImageBytes) return 'size';
  return undefined;
}

function firstBytes(file: Blob, count: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file.slice(0, count));
  });
}
