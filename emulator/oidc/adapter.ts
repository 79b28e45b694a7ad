import type { Adapter, AdapterPayload } from 'oidc-provider';

type Entry = { payload: AdapterPayload; expiresAt: number | undefined; consumedAt?: number };

/** Logto treats a refresh token consumed less than this long ago as unused (concurrent tabs). */
export const refreshTokenReuseLeewayMs = 3000;

/**
 * In-memory storage for oidc-provider's models. One store serves every model; keys are
 * `<model>:<id>`. Clients are not stored here: they come from emulator state, like Logto reads
 * them from its applications table.
 */
export class OidcStore {
  readonly #entries = new Map<string, Entry>();

  key(model: string, id: string): string {
    return `${model}:${id}`;
  }

  get(model: string, id: string): Entry | undefined {
    const key = this.key(model, id);
    const entry = this.#entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(model: string, id: string, entry: Entry): void {
    this.#entries.set(this.key(model, id), entry);
  }

  delete(model: string, id: string): void {
    this.#entries.delete(this.key(model, id));
  }

  entries(model?: string): Array<[model: string, id: string, entry: Entry]> {
    return [...this.#entries.entries()]
      .map(([key, entry]) => {
        const separator = key.indexOf(':');
        return [key.slice(0, separator), key.slice(separator + 1), entry] as [string, string, Entry];
      })
      .filter(([entryModel]) => model === undefined || entryModel === model);
  }

  /** Ends every session and drops every grant, code and token of one account. */
  revokeAccount(accountId: string): number {
    let removed = 0;
    for (const [model, id, entry] of this.entries()) {
      if (entry.payload.accountId === accountId) {
        this.delete(model, id);
        removed += 1;
      }
    }
    return removed;
  }

  /** Test hook: makes a stored token look expired, like moving `exp` into the past in SQL. */
  expire(model: string, id: string): boolean {
    const entry = this.get(model, id);
    if (!entry) {
      return false;
    }
    // An hour back clears oidc-provider's clock tolerance.
    entry.payload = { ...entry.payload, exp: Math.floor(Date.now() / 1000) - 3600 };
    return true;
  }

  clear(): void {
    this.#entries.clear();
  }
}

export type ClientLookup = (clientId: string) => AdapterPayload | undefined;

export const createAdapterFactory = (store: OidcStore, findClient: ClientLookup) =>
  function adapterFor(model: string): Adapter {
    const find = (id: string): AdapterPayload | undefined => {
      if (model === 'Client') {
        return findClient(id);
      }
      const entry = store.get(model, id);
      if (!entry) {
        return undefined;
      }
      if (
        model === 'RefreshToken' &&
        entry.consumedAt !== undefined &&
        Date.now() - entry.consumedAt < refreshTokenReuseLeewayMs
      ) {
        const { consumed: _consumed, ...unconsumed } = entry.payload;
        return structuredClone(unconsumed);
      }
      return structuredClone(entry.payload);
    };

    const findBy = (field: 'uid' | 'userCode', value: string) => {
      const match = store.entries(model).find(([, , entry]) => entry.payload[field] === value);
      return match && find(match[1]);
    };

    return {
      async upsert(id, payload, expiresIn) {
        store.set(model, id, {
          payload: structuredClone(payload),
          expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined,
        });
      },
      async find(id) {
        return find(id);
      },
      async findByUid(uid) {
        return findBy('uid', uid);
      },
      async findByUserCode(userCode) {
        return findBy('userCode', userCode);
      },
      async consume(id) {
        const entry = store.get(model, id);
        if (entry) {
          entry.payload = { ...entry.payload, consumed: Math.floor(Date.now() / 1000) };
          entry.consumedAt = Date.now();
        }
      },
      async destroy(id) {
        store.delete(model, id);
      },
      async revokeByGrantId(grantId) {
        for (const [, id, entry] of store.entries(model)) {
          if (entry.payload.grantId === grantId) {
            store.delete(model, id);
          }
        }
      },
    };
  };
