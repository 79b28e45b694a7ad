import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../app/auth/SessionProvider';
import { isThemePreference } from '../app/config/schema';
import { areas } from '../app/shell/areas';
import { useI18n } from '../i18n/I18nProvider';
import { hasOwnLocale } from '../i18n/locale-preference';
import { closestLocale } from '../i18n/locales';
import { useTheme } from '../theme/ThemeProvider';
import type { Embedding } from './embedding';

/**
 * The framed app's end of the host protocol: it announces itself, reports its height and route,
 * and carries out what the host asks (theme, language, navigation, sign-out).
 */
export default function EmbedBridge({ embedding }: { embedding: Embedding }) {
  const { channel } = embedding;
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const { setPreference } = useTheme();
  const { setLocale } = useI18n();

  useEffect(() => {
    channel.post({ type: 'ready', hostToken: Boolean(embedding.hostTokens) });
  }, [channel, embedding]);

  useEffect(() => {
    channel.post({ type: 'route-changed', path: location.pathname });
  }, [channel, location.pathname]);

  useEffect(() => {
    // The host sizes the frame to the content, so the page never shows a second scrollbar.
    let last = 0;
    let frame = 0;
    const report = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const height = Math.ceil(document.body.getBoundingClientRect().height);
        if (height !== last) channel.post({ type: 'resize', height: (last = height) });
      });
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [channel]);

  useEffect(
    () =>
      channel.on((message) => {
        switch (message.type) {
          case 'set-theme':
            if (isThemePreference(message.theme)) setPreference(message.theme);
            break;
          case 'set-locale':
          {
            // Below the user's own choice and the URL's `ui_locales`; not remembered as the user's.
            const locale = typeof message.locale === 'string' ? closestLocale(message.locale) : undefined;
            if (locale && !hasOwnLocale()) setLocale(locale, { remember: false });
          }
            break;
          case 'navigate':
            // Only the app's own areas: a host cannot steer the frame anywhere else.
            if (areas.some((area) => area.path === message.path)) navigate(message.path);
            break;
          case 'sign-out':
            void session.signOut();
            break;
        }
      }),
    [channel, navigate, session, setLocale, setPreference],
  );

  return null;
}
