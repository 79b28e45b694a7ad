import { useT } from '../../i18n/I18nProvider';
import { FullPageMessage } from '../shell/FullPageMessage';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

/** Framed by a site that is not on the allowlist: no account UI at all, only a way out. */
export default function FramingRefusedPage({ baseUrl }: { baseUrl: URL }) {
  const t = useT();
  return (
    <FullPageMessage title={t('framing.title')}>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t('framing.body')}</p>
      <p className="text-sm">
        <a href={baseUrl.href} target="_blank" rel="noopener noreferrer" className="text-brand underline underline-offset-2">
          {t('framing.open')}
        </a>
      </p>
    </FullPageMessage>
  );
}
