import { useT } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

export default function AccountCenterDisabledPage() {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t('disabled.title')}</h1>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t('disabled.body')}</p>
    </div>
  );
}
