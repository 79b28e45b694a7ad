import type { ReactNode } from 'react';
import { SelectField, TextField } from '../../ui/Field';
import { EditableRow, NotSet, type SaveFailure } from './EditableRow';

type Option = { value: string; label: string };

export type SingleValueRowProps = {
  label: string;
  /** The key Logto uses for this value; server errors about it land on the input. */
  name: string;
  value: string | null | undefined;
  format?: (value: string) => ReactNode;
  readOnly: boolean;
  readOnlyReason?: string;
  input?: { type?: 'text' | 'url' | 'date'; autoComplete?: string; hint?: string; inputMode?: 'url' | 'text' };
  /** A choice instead of free text; a function when the list is costly and only needed while editing. */
  options?: Option[] | (() => Option[]);
  validate?: (value: string) => string | undefined;
  save: (value: string) => Promise<unknown>;
  explainFailure: (error: unknown) => SaveFailure;
};

export function SingleValueRow({
  label,
  name,
  value,
  format = (text) => text,
  readOnly,
  readOnlyReason,
  input = {},
  options,
  validate,
  save,
  explainFailure,
}: SingleValueRowProps) {
  return (
    <EditableRow<string>
      label={label}
      display={value ? <bdi>{format(value)}</bdi> : <NotSet />}
      readOnly={readOnly}
      readOnlyReason={readOnlyReason}
      initialDraft={() => value ?? ''}
      validate={(draft) => ({ [name]: validate?.(draft.trim()) })}
      save={(draft) => save(draft.trim())}
      explainFailure={explainFailure}
      renderEditor={({ draft, setDraft, errors, firstField }) =>
        options ? (
          <SelectField
            ref={firstField}
            label={label}
            name={name}
            value={draft}
            options={typeof options === 'function' ? options() : options}
            error={errors[name]}
            onChange={(event) => setDraft(event.target.value)}
          />
        ) : (
          <TextField
            ref={firstField}
            label={label}
            name={name}
            type={input.type ?? 'text'}
            inputMode={input.inputMode}
            autoComplete={input.autoComplete ?? 'off'}
            hint={input.hint}
            value={draft}
            error={errors[name]}
            onChange={(event) => setDraft(event.target.value)}
          />
        )
      }
    />
  );
}
