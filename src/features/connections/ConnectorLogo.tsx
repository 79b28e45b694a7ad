import { useTheme } from '../../theme/ThemeProvider';
import { resolveTheme } from '../../theme/theme';

/** Logos are decoration next to the name, so they carry no alternative text of their own. */
export function ConnectorLogo({ logo, logoDark }: { logo?: string; logoDark?: string | null }) {
  const { preference } = useTheme();
  const source = resolveTheme(preference) === 'dark' && logoDark ? logoDark : logo;
  if (!source) return <span aria-hidden="true" className="size-8 shrink-0 rounded-md bg-gray-200 dark:bg-gray-700" />;
  return <img src={source} alt="" referrerPolicy="no-referrer" className="size-8 shrink-0 rounded-md object-contain" />;
}
