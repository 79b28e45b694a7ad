import { useT } from '../../i18n/I18nProvider';
import type { ConfigProblem } from '../config/schema';
import { FullPageMessage } from '../shell/FullPageMessage';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

/** Never a blank page: name each bad field and how to fix it. */
export default function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  const t = useT();
  return (
    <FullPageMessage title={t('config.title')}>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t('config.body')}</p>
      <ul className="flex flex-col gap-3">
        {problems.map((problem, index) => (
          <li key={index} className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            <p>
              <code className="font-mono font-semibold">{problem.field}</code> {t(problem.reason, problem.vars)}
            </p>
            <p className="mt-1">{t(problem.fix)}</p>
          </li>
        ))}
      </ul>
    </FullPageMessage>
  );
}
