import { images, multipartBody, type FormPart } from '../testing/uploads.js';

/**
 * The recordings describe multipart bodies instead of storing them, e.g.
 * `<multipart/form-data: file=avatar.png (image/png, 70 bytes, 1x1 PNG)>`,
 * `<multipart/form-data: file=hello.txt (text/plain, 5 bytes)>` or
 * `<multipart/form-data: other=x (no file field)>`. This builds a body that fits the description:
 * a real 1×1 PNG for "PNG", text of the stated length (`hello` for hello.txt) otherwise.
 */
export const multipartFromDescription = (description: string): { body: Buffer; contentType: string } | undefined => {
  const match = /^<multipart\/form-data: (\w+)=(\S+) \(([^)]*)\)>$/.exec(description);
  if (!match) {
    return undefined;
  }
  const [, name = '', value = '', details = ''] = match;
  if (details === 'no file field') {
    return multipartBody([{ name, value }]);
  }
  const [contentType = 'application/octet-stream', ...notes] = details.split(', ');
  const length = Number(/^(\d+) bytes$/.exec(notes.find((note) => note.endsWith(' bytes')) ?? '')?.[1] ?? 5);
  const text = value.split('.')[0] ?? 'x';
  const bytes = notes.some((note) => note.endsWith('PNG'))
    ? images.png()
    : Buffer.from(text.repeat(Math.ceil(length / Math.max(text.length, 1))).slice(0, length));
  const part: FormPart = { name, filename: value, contentType, bytes };
  return multipartBody([part]);
};
