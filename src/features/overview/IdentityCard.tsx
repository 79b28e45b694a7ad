import type { Account } from '@/api/types';
import { displayName } from '@/app/account-names';
import { useI18n } from '@/i18n/I18nProvider';
import { usePhoneFormat } from '@/phone/use-phone-format';
import { useAfterPaint } from '@/ui/use-after-paint';

/** Who is signed in: picture, name, what they sign in with, and how long they have had the account. */
export function IdentityCard({ account }: { account: Account }) {
  const { t, locale } = useI18n();
  const formatPhone = usePhoneFormat(Boolean(account.primaryPhone));
  const name = displayName(account) ?? '';
  // A month and year need the language's calendar data, which cost a throttled phone ~150 ms of the
  // first render: they follow the first paint instead of holding it up, on a line that keeps its
  // height meanwhile.
  const painted = useAfterPaint();
  const identifiers = [account.username, account.primaryEmail, account.primaryPhone && formatPhone(account.primaryPhone)].filter(
    (value): value is string => Boolean(value),
  );
  return (
    <section aria-label={name} className="flex items-center gap-4 rounded-xl border border-gray-200 bg-white p-4 sm:p-6 dark:border-gray-800 dark:bg-gray-900">
      {account.avatar ? (
        <img src={account.avatar} alt="" referrerPolicy="no-referrer" className="size-16 shrink-0 rounded-full object-cover" />
      ) : (
        <span aria-hidden="true" className="flex size-16 shrink-0 items-center justify-center rounded-full bg-brand text-2xl font-semibold text-on-brand">
          {name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <div className="min-w-0">
        <p className="text-lg font-semibold break-words text-gray-900 dark:text-gray-100">
          <bdi>{name}</bdi>
        </p>
        {identifiers.length > 0 && (
          <p className="text-sm break-words text-gray-700 dark:text-gray-300">
            <span className="sr-only">{t('overview.identifiers')} </span>
            {/* Usernames, addresses and numbers: a left-to-right list in every language. */}
            <bdi dir="ltr">{identifiers.join(' · ')}</bdi>
          </p>
        )}
        {account.createdAt !== undefined && (
          <p className="min-h-lh text-sm text-gray-700 dark:text-gray-300">
            {painted && t('overview.member_since', { date: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(account.createdAt) })}
          </p>
        )}
      </div>
    </section>
  );
}
