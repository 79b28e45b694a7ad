import { maxLength } from '@/api/limits';
import { lazy, Suspense } from 'react';
import { useAccountCenterSettings } from '@/app/account-center/account-center-settings';
import { useSignInExperience } from '@/app/account-center/sign-in-experience';
import { Skeleton } from '@/ui/Skeleton';
import { useAppConfig } from '../../app/ConfigProvider';
import { useAccountQuery } from '../../api/queries/account';
import type { AccountCenterField } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { PageError } from '../../app/shell/PageError';
import { Section } from '../../ui/Section';
import { AddressRow } from './AddressRow';
import { AvatarRow } from './AvatarRow';
import { explainFailure } from '../rows/explain-failure';
import { useUpdateAccount, useUpdateProfile } from './mutations';
import { PersonalDetails } from './PersonalDetails';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { useRowControl } from '../rows/row-control';
import { SingleValueRow } from '../rows/SingleValueRow';
import { customFieldsToShow } from './custom-fields/catalog';

// Only tenants that defined fields of their own load the code that edits them.
const CustomFieldsSection = lazy(() => import('./custom-fields/CustomFieldsSection'));

// The basic section (avatar, name), then the personal details with the address: the usual profile.
const profileSkeleton = [{ rows: 2, picture: true }, { rows: 10 }];

export default function ProfilePage() {
  const t = useT();
  const { config } = useAppConfig();
  const account = useAccountQuery();
  const { controls, rowControl } = useRowControl();
  const updateAccount = useUpdateAccount();
  const updateProfile = useUpdateProfile();
  const { experience } = useSignInExperience();
  const { profileFields } = useAccountCenterSettings();

  if (account.isPending) return <PageSkeleton sections={profileSkeleton} />;
  if (account.isError) return <PageError error={account.error} onRetry={() => account.refetch()} />;

  const data = account.data;
  const explain = (field: AccountCenterField) => (error: unknown) => explainFailure(t, error, { field, lock: controls.lock });

  const avatar = rowControl('avatar', 'avatar' in data);
  const name = rowControl('name', 'name' in data);
  const profile = rowControl('profile', data.profile !== undefined);
  const customData = rowControl('customData', data.customData !== undefined);
  const showAddress = profile.visible && config.scopes.includes('address');
  const customFields = customData.visible ? customFieldsToShow(experience.customProfileFieldCatalog, profileFields) : [];
  // The raw view keeps what no field shows (data the organization keeps for its own use).
  const otherData = Object.fromEntries(Object.entries(data.customData ?? {}).filter(([key]) => !customFields.some((field) => field.name === key)));

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-gray-900 dark:text-gray-100">{t('profile.title')}</h1>

      {(avatar.visible || name.visible) && (
        <Section title={t('profile.section.basic')}>
          {avatar.visible && (
            <AvatarRow
              {...avatar}
              value={data.avatar}
              save={(value) => updateAccount.mutateAsync({ avatar: value })}
              explainFailure={explain('avatar')}
            />
          )}
          {name.visible && (
            <SingleValueRow
              {...name}
              label={t('profile.name')}
              name="name"
              value={data.name}
              input={{ autoComplete: 'name' }}
              validate={(value) => (value.length > maxLength.name ? t('field.too_long', { max: maxLength.name }) : undefined)}
              save={(value) => updateAccount.mutateAsync({ name: value || null })}
              explainFailure={explain('name')}
            />
          )}
        </Section>
      )}

      {profile.visible && data.profile && (
        <Section title={t('profile.section.personal')}>
          <PersonalDetails
            {...profile}
            profile={data.profile}
            save={(update) => updateProfile.mutateAsync(update)}
            explainFailure={explain('profile')}
          />
          {showAddress && (
            <AddressRow
              {...profile}
              value={data.profile.address}
              save={(address) => updateProfile.mutateAsync({ address })}
              explainFailure={explain('profile')}
            />
          )}
        </Section>
      )}

      {customFields.length > 0 && (
        <Suspense fallback={<Skeleton className="h-32 w-full" />}>
          <CustomFieldsSection {...customData} fields={customFields} customData={data.customData} explainFailure={explain('customData')} />
        </Suspense>
      )}

      {customData.visible && (customFields.length === 0 || Object.keys(otherData).length > 0) && (
        <Section title={t('profile.section.custom_data')} description={t('profile.custom_data.description')}>
          <pre className="my-3 rounded-lg whitespace-pre-wrap break-words bg-gray-100 p-3 text-xs text-gray-900 dark:bg-gray-950 dark:text-gray-100">
            {JSON.stringify(otherData, null, 2)}
          </pre>
        </Section>
      )}
    </div>
  );
}
