import { createHash } from 'node:crypto';

/** One uploaded object, as the storage provider keeps it. */
export type StoredObject = {
  /** The object key, `<tenant>/<userId>/<yyyy/MM/dd>/<id8>-<filename>` as Logto builds it. */
  key: string;
  url: string;
  contentType: string;
  size: number;
  userId: string;
  bytes: Buffer;
  /** Quoted MD5 of the bytes, the ETag S3 gives a single-part upload. */
  etag: string;
  uploadedAt: number;
};

/** What the control API lists: everything but the bytes. */
export type StoredObjectView = Pick<StoredObject, 'url' | 'contentType' | 'size' | 'userId'>;

export type StorageSwitches = {
  /** Off: Logto has no storage provider, so uploads answer `storage.not_configured`. */
  configured: boolean;
  /** On: the provider refuses every upload (`storage.upload_error`). */
  failUploads: boolean;
};

/**
 * The tenant's storage provider (an S3 bucket with a public URL, in Logto's terms), in memory.
 * Objects are served from `publicUrl` by `storage/routes.ts`; nothing is ever written to disk.
 */
export class AssetStorage {
  readonly #objects = new Map<string, StoredObject>();
  switches: StorageSwitches = { configured: true, failUploads: false };

  /** `<emulator>/emulator-storage`, the provider's `publicUrl`: object URLs are `<publicUrl>/<key>`. */
  constructor(readonly publicUrl: string) {}

  put(input: Omit<StoredObject, 'url' | 'etag' | 'size'>): StoredObject {
    const object: StoredObject = {
      ...input,
      url: `${this.publicUrl}/${input.key}`,
      size: input.bytes.length,
      etag: `"${createHash('md5').update(input.bytes).digest('hex')}"`,
    };
    this.#objects.set(input.key, object);
    return object;
  }

  get(key: string): StoredObject | undefined {
    return this.#objects.get(key);
  }

  list(): StoredObjectView[] {
    return [...this.#objects.values()].map(({ url, contentType, size, userId }) => ({ url, contentType, size, userId }));
  }

  /** Back to the seed: configured, uploads succeed, no objects. */
  reset(): void {
    this.#objects.clear();
    this.switches = { configured: true, failUploads: false };
  }
}
