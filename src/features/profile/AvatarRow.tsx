import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { TextField } from '../../ui/Field';
import { EditableRow, NotSet, type SaveFailure } from '../rows/EditableRow';
import type { RowControl } from '../rows/row-control';
import { useAvatarUploads } from './avatar-uploads';
import type { ImageProblem } from './avatar/image-file';
import { maxLength } from '@/api/limits';
import { isHttpUrl } from '@/app/safe-url';

// The crop and upload code loads when a photo is chosen, never with the profile itself.
const AvatarUploadDialog = lazy(() => import('./avatar/AvatarUploadDialog'));

const accepted = 'image/jpeg,image/png,image/gif,image/webp,image/bmp';

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

/** The avatar: upload a photo (choose or drop it, then crop), link to an image, or remove it. */
export function AvatarRow({ value, readOnly, readOnlyReason, save, explainFailure }: Props) {
  const t = useT();
  const label = t('profile.avatar');
  const uploads = useAvatarUploads();
  const picker = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | undefined>();
  const [problem, setProblem] = useState<ImageProblem | undefined>();
  const [dragging, setDragging] = useState(false);
  const remove = useMutation({ mutationFn: () => save(null) });
  const removeFailure = remove.error ? explainFailure(remove.error) : undefined;
  const canUpload = !readOnly && !uploads.unavailable;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const { checkImageFile } = await import('./avatar/image-file');
    const found = await checkImageFile(file);
    setProblem(found);
    if (!found) setChosen(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (canUpload) void choose(event.dataTransfer.files[0]);
  };

  const display = (
    <div
      onDragOver={(event) => {
        if (!canUpload) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cx('inline-flex rounded-full', dragging && 'outline-2 outline-offset-4 outline-brand outline-dashed')}
    >
      {value ? <AvatarImage src={value} alt={t('profile.avatar.alt')} /> : <NotSet />}
    </div>
  );

  return (
    <>
      <EditableRow<string>
        label={label}
        display={display}
        readOnly={readOnly}
        readOnlyReason={readOnlyReason}
        note={uploads.unavailable ? t('avatar.uploads_unavailable') : undefined}
        initialDraft={() => value ?? ''}
        validate={(draft) => ({
          avatar:
            draft.trim().length > maxLength.avatar
              ? t('field.too_long', { max: maxLength.avatar })
              : draft.trim() && !isHttpUrl(draft.trim())
                ? t('field.invalid_url')
                : undefined,
        })}
        save={(draft) => save(draft.trim() || null)}
        explainFailure={explainFailure}
        extraActions={
          <>
            {canUpload && (
              <Button size="sm" variant="ghost" onClick={() => picker.current?.click()}>
                {t('profile.avatar.upload')}
              </Button>
            )}
            {value && (
              <Button
                size="sm"
                variant="ghost"
                aria-label={t('profile.avatar.remove')}
                busy={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {t('profile.avatar.remove_short')}
              </Button>
            )}
          </>
        }
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
      <input
        ref={picker}
        type="file"
        accept={accepted}
        tabIndex={-1}
        aria-hidden="true"
        className="hidden"
        onChange={(event) => {
          void choose(event.target.files?.[0]);
          // The same file again is a new choice.
          event.target.value = '';
        }}
      />
      {removeFailure && <Alert className="mb-4">{removeFailure.message ?? Object.values(removeFailure.fieldErrors ?? {}).find(Boolean)}</Alert>}
      {problem && <Alert className="mb-4">{t(problem === 'type' ? 'avatar.wrong_type' : 'avatar.too_big')}</Alert>}
      {chosen && (
        <Suspense fallback={null}>
          <AvatarUploadDialog file={chosen} onClose={() => setChosen(undefined)} />
        </Suspense>
      )}
    </>
  );
}
