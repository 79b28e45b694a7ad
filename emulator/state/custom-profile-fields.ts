import type { CustomProfileFieldConfig, CustomProfileFieldType } from '../policies/custom-profile-fields.js';

import type { Clock } from './clock.js';
import { generateStandardId } from './ids.js';

/** A row of Logto's `custom_profile_fields` table, as the Management API and the well-known show it. */
export type CustomProfileField = {
  tenantId: string;
  id: string;
  name: string;
  type: CustomProfileFieldType;
  /** `''` when none was given (the column default). */
  label: string;
  description: string | null;
  required: boolean;
  config: CustomProfileFieldConfig;
  createdAt: number;
  /** Display order in the sign-in experience; a new row gets the highest plus one. */
  sieOrder: number;
};

/** What a create or a catalog replacement supplies; the rest is filled in as the database does. */
export type NewCustomProfileField = Pick<CustomProfileField, 'name' | 'type' | 'required'> &
  Partial<Pick<CustomProfileField, 'label' | 'description' | 'config'>>;

export type CustomProfileFieldChanges = Partial<
  Pick<CustomProfileField, 'type' | 'label' | 'description' | 'required' | 'config' | 'sieOrder'>
>;

/**
 * The recorded tenant's catalog: Logto's built-in `name` (Text) and `avatar` (Url) fields, which
 * the recorded `/api/.well-known/sign-in-exp` lists. A tenant made by Logto's Console has them;
 * the ids are the recorded ones.
 */
export const recordedTenantCatalog = (now: number): CustomProfileField[] => [
  {
    tenantId: 'default',
    id: '373w8qjasfm0szji04b9n',
    name: 'name',
    type: 'Text',
    label: 'Name',
    description: null,
    required: false,
    config: {},
    createdAt: now,
    sieOrder: 1,
  },
  {
    tenantId: 'default',
    id: 'r1vknbnj58a63tq3zfcke',
    name: 'avatar',
    type: 'Url',
    label: 'Avatar',
    description: null,
    required: false,
    config: {},
    createdAt: now,
    sieOrder: 2,
  },
];

/** The tenant's custom profile field catalog, in memory; names are unique, as the table's constraint. */
export class CustomProfileFieldStore {
  #rows: CustomProfileField[] = [];

  constructor(private readonly clock: Clock) {}

  /** Ordered by `sieOrder`, as Logto's `findAllCustomProfileFields` (ties keep insertion order). */
  list(): CustomProfileField[] {
    return structuredClone([...this.#rows].sort((a, b) => a.sieOrder - b.sieOrder));
  }

  get(name: string): CustomProfileField | undefined {
    const row = this.#rows.find((candidate) => candidate.name === name);
    return row && structuredClone(row);
  }

  has(name: string): boolean {
    return this.#rows.some((row) => row.name === name);
  }

  /** The insert trigger's `sieOrder`: the highest so far plus one. */
  insert(input: NewCustomProfileField): CustomProfileField {
    const row: CustomProfileField = {
      tenantId: 'default',
      id: generateStandardId(),
      name: input.name,
      type: input.type,
      label: input.label ?? '',
      description: input.description ?? null,
      required: input.required,
      config: structuredClone(input.config ?? {}),
      createdAt: this.clock.now(),
      sieOrder: Math.max(0, ...this.#rows.map(({ sieOrder }) => sieOrder)) + 1,
    };
    this.#rows.push(row);
    return structuredClone(row);
  }

  /** Sets the given columns (`config` replaced whole); `undefined` when no row has the name. */
  update(name: string, changes: CustomProfileFieldChanges): CustomProfileField | undefined {
    const index = this.#rows.findIndex((row) => row.name === name);
    const row = this.#rows[index];
    if (!row) {
      return undefined;
    }
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const updated = { ...row, ...structuredClone(defined) };
    this.#rows[index] = updated;
    return structuredClone(updated);
  }

  delete(name: string): boolean {
    const before = this.#rows.length;
    this.#rows = this.#rows.filter((row) => row.name !== name);
    return this.#rows.length !== before;
  }

  replace(rows: CustomProfileField[]): void {
    this.#rows = structuredClone(rows);
  }
}
