import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAccountCenterSettingsQuery } from '../../api/queries/public-settings';
import { useAccountQuery } from '../../api/queries/account';
import { queryKeys } from '../../api/query-keys';
import type { Account, AccountCenterField, AccountCenterFields, FieldControl } from '../../api/types';
import { usePublicSettingsBase } from './public-settings';
import { useAppConfig } from '../ConfigProvider';

/** Which key of GET /api/my-account each control hides when Off. */
const accountKeyOf: Partial<Record<AccountCenterField, keyof Account>> = {
  name: 'name',
  avatar: 'avatar',
  username: 'username',
  email: 'primaryEmail',
  phone: 'primaryPhone',
  profile: 'profile',
  customData: 'customData',
  social: 'identities',
  password: 'hasPassword',
};

/** What Logto's refusals taught during this session, over every other source. */
type Learned = Partial<Record<AccountCenterField, 'ReadOnly' | 'Off'>>;

export type FieldControls = {
  /** `undefined` while the sources are still loading. */
  controlOf: (field: AccountCenterField) => FieldControl | undefined;
  /** Logto answered `field_not_editable` for this field during this session. */
  isLocked: (field: AccountCenterField) => boolean;
  lock: (field: AccountCenterField) => void;
  /** Logto answered `field_not_enabled`: the field is Off, whatever the other sources said. */
  disable: (field: AccountCenterField) => void;
  /** `false` when the tenant's account center is switched off. */
  enabled: boolean | undefined;
};

/**
 * Field controls from, in order: Logto's public settings where this deployment can read them,
 * the config snapshot when they cannot be read (or failed), and what GET /api/my-account returns
 * (Off fields are absent). A control Logto refuses to edit becomes read-only for the rest of the
 * session, and one it says is not enabled becomes Off.
 */
export function useFieldControls(): FieldControls {
  const { config } = useAppConfig();
  const settingsBase = usePublicSettingsBase();
  const snapshot = config.accountCenter;
  const settings = useAccountCenterSettingsQuery(settingsBase);
  const account = useAccountQuery();
  const queryClient = useQueryClient();
  const { data: learned = {} } = useQuery<Learned>({
    queryKey: queryKeys.learnedControls(),
    queryFn: () => ({}),
    staleTime: Infinity,
    initialData: {},
  });

  // Waiting for the live settings rather than showing the snapshot first: an Edit button that
  // vanishes a moment later is worse than a row that appears a moment later (the boot reads them
  // ahead, beside the account).
  const settingsPending = settingsBase !== undefined && settings.isPending;
  const fields: AccountCenterFields | undefined = settingsPending ? undefined : (settings.data?.fields ?? snapshot?.fields);

  const controlOf = (field: AccountCenterField): FieldControl | undefined => {
    let control: FieldControl | undefined;
    if (fields) control = fields[field] ?? 'Off';
    else if (settingsPending || !account.data) return undefined;
    else {
      const key = accountKeyOf[field];
      control = key === undefined || key in account.data ? 'Edit' : 'Off';
    }
    if (learned[field] === 'Off') return 'Off';
    return control === 'Edit' && learned[field] === 'ReadOnly' ? 'ReadOnly' : control;
  };

  const learn = useCallback(
    (field: AccountCenterField, control: 'ReadOnly' | 'Off') =>
      queryClient.setQueryData<Learned>(queryKeys.learnedControls(), (current = {}) =>
        current[field] === 'Off' || current[field] === control ? current : { ...current, [field]: control },
      ),
    [queryClient],
  );

  return {
    controlOf,
    isLocked: (field) => learned[field] === 'ReadOnly',
    lock: (field) => learn(field, 'ReadOnly'),
    disable: (field) => learn(field, 'Off'),
    enabled: settings.data?.enabled ?? snapshot?.enabled,
  };
}
