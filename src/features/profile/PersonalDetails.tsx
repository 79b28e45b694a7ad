import type { Profile, ProfileUpdate } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { SaveFailure } from '../rows/EditableRow';
import { formatBirthdate, formatLocaleTag, timeZoneList } from './format';
import type { RowControl } from '../rows/row-control';
import { SingleValueRow } from '../rows/SingleValueRow';
import { isBirthdate, isHttpUrl, isLocaleTag } from './validation';

type Props = RowControl & {
  profile: Profile;
  save: (update: ProfileUpdate) => Promise<unknown>;
  explainFailure: (error: unknown) => SaveFailure;
};

const genders = ['female', 'male', 'other'] as const;

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

  const withCurrent = (options: Array<{ value: string; label: string }>, current: string | undefined) =>
    current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;

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
        format={(value) => (genders.includes(value as (typeof genders)[number]) ? t(`profile.gender.${value as (typeof genders)[number]}`) : value)}
        options={withCurrent(
          [{ value: '', label: t('profile.gender.unset') }, ...genders.map((gender) => ({ value: gender, label: t(`profile.gender.${gender}`) }))],
          profile.gender,
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
        options={withCurrent(
          [{ value: '', label: t('profile.zoneinfo.unset') }, ...timeZoneList().map((zone) => ({ value: zone, label: zone }))],
          profile.zoneinfo,
        )}
      />
    </>
  );
}
