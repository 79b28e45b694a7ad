import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { uploadAvatar } from '@/api/account';
import { useApi } from '@/api/ApiProvider';
import { hasErrorCode, type ApiError } from '@/api/error';
import { describeError } from '@/i18n/describe-error';
import { useT } from '@/i18n/I18nProvider';
import { registerEnglish } from '@/i18n/register';
import { Alert } from '@/ui/Alert';
import { Button } from '@/ui/Button';
import { Dialog } from '@/ui/Dialog';
import { useToast } from '@/ui/Toast';
import { useUpdateAccount } from '../mutations';
import { useAvatarUploads } from '../avatar-uploads';
import { AvatarCropper } from './AvatarCropper';
import { clampCrop, initialCrop, maxZoom, type Crop } from './crop-geometry';
import { avatarEn } from './messages.en';
import { drawCrop, encodeCrop, type Picture } from './render-crop';

registerEnglish(avatarEn);

type Props = { file: Blob; onClose: () => void };
type Loaded = { picture: Picture } | { failed: true };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Crop, preview, upload with progress (cancellable), then set the account's avatar to the URL
 * Logto answered. The upload alone changes nothing, so a cancelled or failed one leaves no trace.
 */
export default function AvatarUploadDialog({ file, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const uploads = useAvatarUploads();
  const updateAccount = useUpdateAccount();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [crop, setCrop] = useState<Crop | undefined>();
  const [progress, setProgress] = useState(0);
  const [cancelled, setCancelled] = useState(false);
  const upload = useRef<AbortController | undefined>(undefined);
  const preview = useRef<HTMLCanvasElement>(null);
  const zoomId = useId();

  useEffect(() => {
    let live = true;
    createImageBitmap(file).then(
      (bitmap) => {
        if (!live) return bitmap.close();
        setLoaded({ picture: bitmap });
        setCrop(initialCrop(bitmap));
      },
      () => live && setLoaded({ failed: true }),
    );
    return () => {
      live = false;
      upload.current?.abort();
    };
  }, [file]);

  const picture = loaded && 'picture' in loaded ? loaded.picture : undefined;

  useEffect(() => {
    if (picture && crop && preview.current) drawCrop(preview.current, picture, crop, 128);
  }, [picture, crop]);

  const save = useMutation<void, ApiError | Error, { picture: Picture; crop: Crop }>({
    mutationFn: async (input) => {
      const controller = new AbortController();
      upload.current = controller;
      setProgress(0);
      setCancelled(false);
      const { blob, fileName } = await encodeCrop(input.picture, input.crop);
      const { url } = await uploadAvatar(api, blob, fileName, { onProgress: setProgress, signal: controller.signal });
      await updateAccount.mutateAsync({ avatar: url });
    },
    onSuccess: () => {
      toast.show(t('avatar.upload.saved'));
      onClose();
    },
    onError: (error) => {
      if (isAbort(error)) setCancelled(true);
      if (hasErrorCode(error, 'storage.not_configured')) uploads.markUnavailable();
    },
  });

  const error = save.error && !isAbort(save.error) ? save.error : undefined;
  const change = (next: Crop) => picture && setCrop(clampCrop(picture, next));

  return (
    <Dialog open title={t('avatar.crop.title')} description={t('avatar.crop.body')} onClose={onClose}>
      {!loaded && <p role="status">{t('avatar.crop.opening')}</p>}
      {loaded && 'failed' in loaded && <Alert>{t('avatar.crop.unreadable')}</Alert>}
      {picture && crop && (
        <div className="flex flex-col gap-3">
          <AvatarCropper picture={picture} crop={crop} onChange={change} />
          <div className="flex items-center gap-2">
            <Button size="sm" variant="ghost" aria-label={t('avatar.crop.zoom_out')} onClick={() => change({ ...crop, zoom: crop.zoom / 1.15 })}>
              <span aria-hidden="true">−</span>
            </Button>
            <label htmlFor={zoomId} className="sr-only">
              {t('avatar.crop.zoom')}
            </label>
            <input
              id={zoomId}
              type="range"
              min={1}
              max={maxZoom(picture)}
              step={0.01}
              value={crop.zoom}
              onChange={(event) => change({ ...crop, zoom: Number(event.target.value) })}
              className="flex-1 accent-brand"
            />
            <Button size="sm" variant="ghost" aria-label={t('avatar.crop.zoom_in')} onClick={() => change({ ...crop, zoom: crop.zoom * 1.15 })}>
              <span aria-hidden="true">+</span>
            </Button>
          </div>
          <figure className="flex items-center gap-3 text-sm text-gray-700 dark:text-gray-300">
            <canvas ref={preview} aria-hidden="true" className="size-16 rounded-full border border-gray-200 dark:border-gray-700" />
            <figcaption>{t('avatar.crop.preview')}</figcaption>
          </figure>
        </div>
      )}
      {save.isPending && (
        <div role="status" className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${zoomId}-progress`}>{t('avatar.upload.progress', { percent: Math.round(progress * 100) })}</label>
          <progress id={`${zoomId}-progress`} value={progress} max={1} className="w-full accent-brand" />
        </div>
      )}
      {cancelled && !save.isPending && <Alert tone="info">{t('avatar.upload.cancelled')}</Alert>}
      {error && <Alert>{describeError(t, error)}</Alert>}
      <div className="flex justify-end gap-2">
        {save.isPending ? (
          <Button onClick={() => upload.current?.abort()}>{t('avatar.upload.cancel')}</Button>
        ) : (
          <Button onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
        )}
        <Button
          variant="primary"
          busy={save.isPending}
          disabled={!picture || !crop || uploads.unavailable}
          onClick={() => picture && crop && save.mutate({ picture, crop })}
        >
          {t('avatar.crop.save')}
        </Button>
      </div>
    </Dialog>
  );
}
