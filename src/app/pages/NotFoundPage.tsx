import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

export default function NotFoundPage() {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t('not_found.title')}</h1>
      <p className="text-sm">
        <Link to="/profile" className="text-brand underline underline-offset-2">
          {t('not_found.back')}
        </Link>
      </p>
    </div>
  );
}
