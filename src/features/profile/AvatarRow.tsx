import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import { EditableRow, NotSet, type SaveFailure } from '../rows/EditableRow';
import type { RowControl } from '../rows/row-control';
import { isHttpUrl } from './validation';

function AvatarImage({ src, alt }: { src: string; alt: string }) {
  const [failed, setFailed] = useState<string | undefined>();
  const t = useT();
  if (failed === src) return <span className="text-sm text-red-700 dark:text-red-300">{t('profile.avatar.broken')}</span>;
  return (
    <img
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setFailed(src)}
      className="size-16 rounded-full border border-gray-200 object-cover dark:border-gray-700"
    />
  );
}

type Props = RowControl & {
  value: string | null | undefined;
  save: (avatar: string | null) => Promise<unknown>;
  explainFailure: (error: unknown) => SaveFailure;
};

export function AvatarRow({ value, readOnly, readOnlyReason, save, explainFailure }: Props) {
  const t = useT();
  const label = t('profile.avatar');
  return (
    <EditableRow<string>
      label={label}
      display={value ? <AvatarImage src={value} alt={t('profile.avatar.alt')} /> : <NotSet />}
      readOnly={readOnly}
      readOnlyReason={readOnlyReason}
      initialDraft={() => value ?? ''}
      validate={(draft) => ({ avatar: draft.trim() && !isHttpUrl(draft.trim()) ? t('field.invalid_url') : undefined })}
      save={(draft) => save(draft.trim() || null)}
      explainFailure={explainFailure}
      renderEditor={({ draft, setDraft, errors, firstField }) => (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField
            ref={firstField}
            label={t('profile.avatar.url')}
            name="avatar"
            type="url"
            inputMode="url"
            autoComplete="photo"
            hint={t('profile.avatar.hint')}
            value={draft}
            error={errors.avatar}
            onChange={(event) => setDraft(event.target.value)}
            wrapperClassName="flex-1"
          />
          {isHttpUrl(draft.trim()) && (
            <figure className="flex flex-col items-center gap-1">
              <AvatarImage src={draft.trim()} alt={t('profile.avatar.preview')} />
              <figcaption className="text-xs text-gray-600 dark:text-gray-400">{t('profile.avatar.preview')}</figcaption>
            </figure>
          )}
        </div>
      )}
    />
  );
}
