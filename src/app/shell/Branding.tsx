import { useLayoutEffect, useState } from 'react';
import { applyBrandColors, logoUrl } from '../../theme/branding';
import { useSignInExperience } from '../account-center/sign-in-experience';

/** Themes the app with the tenant's colours; a layout effect so a snapshot never flashes the defaults. */
export function BrandColors() {
  const { color } = useSignInExperience().experience;
  const primary = color?.primaryColor;
  const darkPrimary = color?.darkPrimaryColor;
  useLayoutEffect(() => {
    applyBrandColors({ primaryColor: primary, darkPrimaryColor: darkPrimary });
  }, [primary, darkPrimary]);
  return null;
}

/**
 * The tenant's logo beside the app name. Decorative (the name is right next to it), and it steps
 * aside when the image fails to load rather than leaving a broken-image box.
 */
export function BrandLogo() {
  const { branding } = useSignInExperience().experience;
  const light = logoUrl(branding?.logoUrl);
  const dark = logoUrl(branding?.darkLogoUrl) ?? light;
  const [failed, setFailed] = useState<string[]>([]);
  const onError = (url: string) => () => setFailed((list) => [...list, url]);
  const show = (url: string | undefined) => url !== undefined && !failed.includes(url);
  return (
    <>
      {show(light) && (
        <img src={light} alt="" onError={onError(light!)} className="h-7 w-auto max-w-32 object-contain dark:hidden" />
      )}
      {show(dark) && (
        <img src={dark} alt="" onError={onError(dark!)} className="hidden h-7 w-auto max-w-32 object-contain dark:block" />
      )}
    </>
  );
}
