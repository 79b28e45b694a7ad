import { useAccountQuery } from '../../api/queries/account';
import { useT } from '../../i18n/I18nProvider';
import { displayName } from '../account-names';
import { useSession } from '../auth/SessionProvider';

export function UserChip() {
  const t = useT();
  const session = useSession();
  const { data } = useAccountQuery();
  const name = displayName(data) ?? session.signedInName() ?? t('shell.account');
  const initial = name.trim().charAt(0).toUpperCase() || '?';
  return (
    <div className="flex min-w-0 items-center gap-2">
      {data?.avatar ? (
        <img src={data.avatar} alt="" referrerPolicy="no-referrer" className="size-8 shrink-0 rounded-full object-cover" />
      ) : (
        <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand text-sm font-semibold text-on-brand">
          {initial}
        </span>
      )}
      <span className="truncate text-sm font-medium" data-testid="user-name">
        <bdi>{name}</bdi>
      </span>
    </div>
  );
}
