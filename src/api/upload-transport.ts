import type { Transport } from './client';

/**
 * Only XMLHttpRequest reports upload progress; the same request otherwise (no cookies, and the
 * bodies it sends, FormData, are never cached).
 */
export const xhrTransport =
  (onProgress: (fraction: number) => void): Transport =>
  (url, { method, headers, body, signal }) =>
    new Promise((resolve, reject) => {
      // Cancelled while this module was still loading.
      if (signal?.aborted) return reject(new DOMException('The upload was cancelled.', 'AbortError'));
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => resolve({ status: xhr.status, contentType: xhr.getResponseHeader('content-type') ?? '', text: xhr.responseText });
      xhr.onerror = () => reject(new TypeError('Network request failed.'));
      const abort = () => xhr.abort();
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      signal?.addEventListener('abort', abort, { once: true });
      xhr.onloadend = () => signal?.removeEventListener('abort', abort);
      xhr.send(body ?? null);
    });

