import { useT } from '../../i18n/I18nProvider';
import { useSignInExperience } from '../account-center/sign-in-experience';
import { isHttpUrl } from '../safe-url';

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+$/.test(value);

/** The tenant's terms, privacy policy and support, as its sign-in experience names them. */
export function TenantLinks() {
  const t = useT();
  const { experience } = useSignInExperience();
  const { termsOfUseUrl, privacyPolicyUrl, supportWebsiteUrl, supportEmail } = experience;
  const links = [
    termsOfUseUrl && isHttpUrl(termsOfUseUrl) && { href: termsOfUseUrl, label: t('links.terms') },
    privacyPolicyUrl && isHttpUrl(privacyPolicyUrl) && { href: privacyPolicyUrl, label: t('links.privacy') },
    supportWebsiteUrl && isHttpUrl(supportWebsiteUrl) && { href: supportWebsiteUrl, label: t('links.support_website') },
    supportEmail && isEmail(supportEmail) && { href: `mailto:${supportEmail}`, label: t('links.support_email', { email: supportEmail }) },
  ].filter((link): link is { href: string; label: string } => Boolean(link));
  if (links.length === 0) return null;
  return (
    <ul aria-label={t('links.label')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links.map((link) => (
        <li key={link.href}>
          <a
            href={link.href}
            target={link.href.startsWith('mailto:') ? undefined : '_blank'}
            rel="noopener noreferrer"
            className="text-gray-700 underline underline-offset-2 hover:text-brand dark:text-gray-300"
          >
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
