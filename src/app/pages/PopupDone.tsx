import { useT } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { FullPageMessage } from '../shell/FullPageMessage';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

/** The sign-in popup of a framed copy, once its answer went back to the frame. */
export function PopupDone() {
  const t = useT();
  return (
    <FullPageMessage title={t('popup.title')}>
      <p className="text-sm">{t('popup.body')}</p>
    </FullPageMessage>
  );
}
