import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { RowLayout } from './RowLayout';

export type FieldErrors = Record<string, string | undefined>;
export type SaveFailure = { fieldErrors?: FieldErrors; message?: string };

export type EditorProps<D> = {
  draft: D;
  setDraft: (draft: D) => void;
  errors: FieldErrors;
  /** Focused when editing starts and when validation fails. */
  firstField: RefObject<(HTMLInputElement & HTMLSelectElement) | null>;
};

type EditableRowProps<D> = {
  label: string;
  display: ReactNode;
  readOnly: boolean;
  readOnlyReason?: string;
  initialDraft: () => D;
  validate?: (draft: D) => FieldErrors;
  save: (draft: D) => Promise<unknown>;
  /** Turns a failed save into messages next to the fields or for the whole row. */
  explainFailure: (error: unknown) => SaveFailure;
  renderEditor: (props: EditorProps<D>) => ReactNode;
  /** More ways to change the value, next to Edit (an avatar's upload and remove). */
  extraActions?: ReactNode;
  /** A word about the row while it is editable (read-only rows show their reason instead). */
  note?: string;
};

const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);

/**
 * One profile row: the value with an Edit button, or a small form. A failed save keeps the draft
 * and shows why next to the field; Save then works as the retry.
 */
export function EditableRow<D>({
  label,
  display,
  readOnly,
  readOnlyReason,
  initialDraft,
  validate,
  save,
  explainFailure,
  renderEditor,
  extraActions,
  note,
}: EditableRowProps<D>) {
  const t = useT();
  const toast = useToast();
  const [draft, setDraft] = useState<D | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const editing = draft !== undefined && !readOnly;
  const wasEditing = useRef(false);

  // Focus follows the user: into the form when it opens, back to its Edit button when it closes.
  useEffect(() => {
    if (editing && !wasEditing.current) firstField.current?.focus();
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const close = () => {
    setDraft(undefined);
    setErrors({});
    setFormError(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === undefined) return;
    const clientErrors = validate?.(draft) ?? {};
    setErrors(clientErrors);
    setFormError(undefined);
    if (hasErrors(clientErrors)) {
      firstField.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await save(draft);
      toast.show(t('field.saved', { field: label }));
      close();
    } catch (error) {
      const failure = explainFailure(error);
      setErrors(failure.fieldErrors ?? {});
      setFormError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  if (editing) {
    return (
      <form onSubmit={submit} noValidate aria-label={t('field.edit', { field: label })} className="flex flex-col gap-3 py-4">
        {renderEditor({ draft, setDraft: (next) => setDraft(next), errors, firstField })}
        {formError && <Alert>{formError}</Alert>}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" busy={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={close} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <RowLayout
      label={label}
      note={readOnly ? readOnlyReason : note}
      actions={
        !readOnly && (
          <>
            {extraActions}
            <Button
              ref={editButton}
              size="sm"
              variant="ghost"
              aria-label={t('field.edit', { field: label })}
              onClick={() => setDraft(initialDraft())}
            >
              {t('common.edit')}
            </Button>
          </>
        )
      }
    >
      {display}
    </RowLayout>
  );
}

export function NotSet() {
  const t = useT();
  return <span className="text-gray-600 dark:text-gray-400">{t('field.not_set')}</span>;
}
