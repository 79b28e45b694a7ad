import type { Address } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import { EditableRow, NotSet, type SaveFailure } from '../rows/EditableRow';
import type { RowControl } from '../rows/row-control';

const parts = ['streetAddress', 'locality', 'region', 'postalCode', 'country'] as const;
type Part = (typeof parts)[number];

const autoComplete: Record<Part, string> = {
  streetAddress: 'street-address',
  locality: 'address-level2',
  region: 'address-level1',
  postalCode: 'postal-code',
  country: 'country-name',
};

/** OIDC's `formatted` is the full mailing address; keep it in step with the parts. */
export function formatAddress(address: Address | undefined): string {
  if (!address) return '';
  const line2 = [address.postalCode, address.locality].filter(Boolean).join(' ');
  const composed = [address.streetAddress, line2, address.region, address.country].filter(Boolean).join(', ');
  return composed || address.formatted || '';
}

type Props = RowControl & {
  value: Address | undefined;
  save: (address: Address) => Promise<unknown>;
  explainFailure: (error: unknown) => SaveFailure;
};

export function AddressRow({ value, readOnly, readOnlyReason, save, explainFailure }: Props) {
  const t = useT();
  const display = formatAddress(value);
  return (
    <EditableRow<Record<Part, string>>
      label={t('profile.address')}
      display={display || <NotSet />}
      readOnly={readOnly}
      readOnlyReason={readOnlyReason}
      initialDraft={() => Object.fromEntries(parts.map((part) => [part, value?.[part] ?? ''])) as Record<Part, string>}
      save={(draft) => {
        // Logto replaces `address` as a whole, so send every part that has a value.
        const address: Address = {};
        for (const part of parts) if (draft[part].trim()) address[part] = draft[part].trim();
        const formatted = formatAddress(address);
        return save(formatted ? { ...address, formatted } : {});
      }}
      explainFailure={explainFailure}
      renderEditor={({ draft, setDraft, errors, firstField }) => (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium">{t('profile.address')}</legend>
          {parts.map((part, index) => (
            <TextField
              key={part}
              ref={index === 0 ? firstField : undefined}
              label={t(`profile.address.${part}`)}
              name={`address.${part}`}
              autoComplete={autoComplete[part]}
              value={draft[part]}
              error={errors[`address.${part}`] ?? (index === 0 ? errors.address : undefined)}
              onChange={(event) => setDraft({ ...draft, [part]: event.target.value })}
              wrapperClassName={part === 'streetAddress' ? 'sm:col-span-2' : undefined}
            />
          ))}
        </fieldset>
      )}
    />
  );
}
