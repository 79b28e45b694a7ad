import type { Profile, ProfileUpdate } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { SaveFailure } from '../rows/EditableRow';
import { formatBirthdate, formatLocaleTag, timeZoneList } from './format';
import type { RowControl } from '../rows/row-control';
import { SingleValueRow } from '../rows/SingleValueRow';
import { isHttpUrl } from '@/app/safe-url';
import { isBirthdate, isLocaleTag } from './validation';

type Props = RowControl & {
  profile: Profile;
  save: (update: ProfileUpdate) => Promise<unknown>;
  explainFailure: (error: unknown) => SaveFailure;
};

// Logto's own choices (`Gender` in @logto/schemas); any other value a user has is kept and shown.
const genders = ['female', 'male', 'prefer_not_to_say'] as const;
const genderLabels = [...genders, 'other'] as const;
const isGenderLabel = (value: string): value is (typeof genderLabels)[number] => (genderLabels as readonly string[]).includes(value);

/** The OIDC standard claims Logto keeps in `profile`. Logto rejects `null`, so "" clears a value. */
export function PersonalDetails({ profile, save, explainFailure, ...control }: Props) {
  const { t, locale } = useI18n();
  const common = { ...control, explainFailure };
  const row = (name: keyof ProfileUpdate & keyof Profile) => ({
    ...common,
    name,
    value: profile[name] as string | undefined,
    save: (value: string) => save({ [name]: value }),
  });

  const withCurrent = (options: Array<{ value: string; label: string }>, current: string | undefined, label = (value: string) => value) =>
    current && !options.some((option) => option.value === current) ? [...options, { value: current, label: label(current) }] : options;
  const genderLabel = (value: string) => (isGenderLabel(value) ? t(`profile.gender.${value}`) : value);

  return (
    <>
      <SingleValueRow {...row('givenName')} label={t('profile.given_name')} input={{ autoComplete: 'given-name' }} />
      <SingleValueRow {...row('middleName')} label={t('profile.middle_name')} input={{ autoComplete: 'additional-name' }} />
      <SingleValueRow {...row('familyName')} label={t('profile.family_name')} input={{ autoComplete: 'family-name' }} />
      <SingleValueRow {...row('nickname')} label={t('profile.nickname')} input={{ autoComplete: 'nickname' }} />
      <SingleValueRow
        {...row('birthdate')}
        label={t('profile.birthdate')}
        input={{ type: 'date', autoComplete: 'bday' }}
        format={(value) => formatBirthdate(value, locale)}
        validate={(value) => (value && !isBirthdate(value) ? t('profile.birthdate.invalid') : undefined)}
      />
      <SingleValueRow
        {...row('gender')}
        label={t('profile.gender')}
        format={genderLabel}
        options={withCurrent(
          [{ value: '', label: t('profile.gender.unset') }, ...genders.map((gender) => ({ value: gender, label: genderLabel(gender) }))],
          profile.gender,
          genderLabel,
        )}
      />
      <SingleValueRow
        {...row('website')}
        label={t('profile.website')}
        input={{ type: 'url', inputMode: 'url', autoComplete: 'url', hint: t('profile.website.hint') }}
        format={(value) =>
          isHttpUrl(value) ? (
            <a href={value} target="_blank" rel="noopener noreferrer" className="text-brand underline underline-offset-2">
              {value}
            </a>
          ) : (
            value
          )
        }
        validate={(value) => (value && !isHttpUrl(value) ? t('field.invalid_url') : undefined)}
      />
      <SingleValueRow
        {...row('locale')}
        label={t('profile.locale')}
        input={{ hint: t('profile.locale.hint') }}
        format={(value) => formatLocaleTag(value, locale)}
        validate={(value) => (value && !isLocaleTag(value) ? t('profile.locale.invalid') : undefined)}
      />
      <SingleValueRow
        {...row('zoneinfo')}
        label={t('profile.zoneinfo')}
        // Some four hundred zones: built when the row is edited, never just to show the profile.
        options={() =>
          withCurrent(
            [{ value: '', label: t('profile.zoneinfo.unset') }, ...timeZoneList().map((zone) => ({ value: zone, label: zone }))],
            profile.zoneinfo,
          )
        }
      />
    </>
  );
}
