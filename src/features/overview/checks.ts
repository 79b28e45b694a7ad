import type { MfaVerification } from '@/api/mfa';
import type { TokenStatus } from '@/api/queries/token-status';
import type { Account, AccountCenterField, FieldControl, SignInExperience } from '@/api/types';
import { openPath, type OpenRequest } from '@/app/open-request';
import type { MessageKey, Vars } from '@/i18n/i18n';

export type CheckStatus = 'fine' | 'look' | 'risk';

/** One line of the checkup: how it stands, why it matters, and the one thing to do about it. */
export type Check = {
  id: string;
  status: CheckStatus;
  title: MessageKey;
  body: MessageKey;
  vars?: Vars;
  action?: { label: MessageKey; to: string; vars?: Vars };
};

export type CheckInput = {
  account: Account;
  controlOf: (field: AccountCenterField) => FieldControl | undefined;
  experience: SignInExperience & { passkeySignIn?: { enabled?: boolean } };
  /** Undefined while loading, or where the tenant turned MFA off. */
  mfa?: MfaVerification[];
  skipMfaOnSignIn?: boolean;
  /** Linked providers whose stored token Logto was asked about. */
  tokens: Array<{ target: string; name: string; status?: TokenStatus }>;
  /** Whether the devices area exists for this tenant and app. */
  devicesAvailable: boolean;
  /** Known only when a step-up record was already at hand: never asked for just to render. */
  devices?: { sessions: number; apps: number };
};

const editable = (control: FieldControl | undefined) => control === 'Edit';
const security = (request: OpenRequest) => openPath('/security', request);

const backupCodeWarning = 3;

/**
 * The checkup, from data the app reads anyway. Nothing is suggested that the tenant turned off:
 * a check whose fix the field controls or the sign-in experience do not allow is left out.
 */
export function checkup({ account, controlOf, experience, mfa, skipMfaOnSignIn, tokens, devicesAvailable, devices }: CheckInput): Check[] {
  const checks: Check[] = [];
  // Without the tenant's MFA settings, as on the Security page: every factor, and Logto refuses what is off.
  const factors = experience.mfa?.factors ?? ['Totp', 'WebAuthn', 'BackupCode'];
  const mfaEditable = editable(controlOf('mfa'));
  const passkeyControl = controlOf('passkey') ?? controlOf('mfa');
  const passkeys = mfa?.filter((entry) => entry.type === 'WebAuthn') ?? [];
  const totp = mfa?.find((entry) => entry.type === 'Totp');
  const backupSets = mfa?.filter((entry) => entry.type === 'BackupCode') ?? [];

  // A way back in: Logto sends codes to the primary email or phone.
  const canAddEmail = 'primaryEmail' in account && editable(controlOf('email'));
  const canAddPhone = 'primaryPhone' in account && editable(controlOf('phone'));
  if (account.primaryEmail || account.primaryPhone) {
    checks.push({ id: 'recovery', status: 'fine', title: 'overview.check.recovery', body: 'overview.check.recovery_fine' });
  } else if (canAddEmail || canAddPhone) {
    checks.push({
      id: 'recovery',
      status: 'risk',
      title: 'overview.check.recovery',
      body: 'overview.check.recovery_missing',
      action: canAddEmail
        ? { label: 'overview.action.add_email', to: security('add-email') }
        : { label: 'overview.action.add_phone', to: security('add-phone') },
    });
  }

  // Something to sign in with that does not depend on another company's account.
  if (account.hasPassword === true || passkeys.length > 0) {
    checks.push({ id: 'sign-in', status: 'fine', title: 'overview.check.sign_in', body: account.hasPassword ? 'overview.check.sign_in_password' : 'overview.check.sign_in_passkey' });
  } else if (account.hasPassword === false && editable(controlOf('password'))) {
    checks.push({
      id: 'sign-in',
      status: 'look',
      title: 'overview.check.sign_in',
      body: 'overview.check.sign_in_missing',
      action: { label: 'overview.action.set_password', to: security('set-password') },
    });
  }

  const allowsTotp = factors.includes('Totp');
  const allowsPasskeys = factors.includes('WebAuthn') || experience.passkeySignIn?.enabled === true;
  const canAddPasskey = allowsPasskeys && editable(passkeyControl);

  if (mfa) {
    // Second steps Logto asks for at sign-in: an authenticator app, or a passkey where WebAuthn is an MFA factor.
    const passkeyStep = factors.includes('WebAuthn') && passkeys.length > 0;
    if (totp || passkeyStep) {
      if (skipMfaOnSignIn) {
        checks.push({
          id: 'two-step',
          status: 'look',
          title: 'overview.check.two_step',
          body: 'overview.check.two_step_skipped',
          action: mfaEditable ? { label: 'overview.action.review', to: security('mfa-switch') } : undefined,
        });
      } else {
        const body = totp && passkeyStep ? 'overview.check.two_step_both' : totp ? 'overview.check.two_step_totp' : 'overview.check.two_step_passkey';
        checks.push({ id: 'two-step', status: 'fine', title: 'overview.check.two_step', body });
      }
    } else if ((allowsTotp && mfaEditable) || (factors.includes('WebAuthn') && canAddPasskey)) {
      checks.push({
        id: 'two-step',
        status: 'risk',
        title: 'overview.check.two_step',
        body: 'overview.check.two_step_off',
        action:
          allowsTotp && mfaEditable
            ? { label: 'overview.action.add_totp', to: security('totp') }
            : { label: 'overview.action.add_passkey', to: security('add-passkey') },
      });
    }

    const hasRealFactor = totp !== undefined || passkeys.length > 0;
    if (factors.includes('BackupCode') && (hasRealFactor || backupSets.length > 0)) {
      const left = backupSets.reduce((sum, entry) => sum + (entry.remainCodes ?? 0), 0);
      const renew = mfaEditable ? { label: 'overview.action.new_codes' as const, to: security('backup-codes') } : undefined;
      if (backupSets.length === 0) {
        if (mfaEditable) checks.push({ id: 'backup-codes', status: 'look', title: 'overview.check.backup_codes', body: 'overview.check.backup_codes_none', action: { label: 'overview.action.get_codes', to: security('backup-codes') } });
      } else if (left === 0) {
        checks.push({ id: 'backup-codes', status: 'risk', title: 'overview.check.backup_codes', body: 'overview.check.backup_codes_used', action: renew });
      } else if (left <= backupCodeWarning) {
        checks.push({ id: 'backup-codes', status: 'look', title: 'overview.check.backup_codes', body: 'overview.check.backup_codes_few', vars: { count: left }, action: renew });
      } else {
        checks.push({ id: 'backup-codes', status: 'fine', title: 'overview.check.backup_codes', body: 'overview.check.backup_codes_left', vars: { count: left } });
      }
    }

    if (passkeys.length > 0) {
      checks.push({ id: 'passkeys', status: 'fine', title: 'overview.check.passkeys', body: 'overview.check.passkeys_some', vars: { count: passkeys.length } });
    } else if (canAddPasskey) {
      checks.push({
        id: 'passkeys',
        status: 'look',
        title: 'overview.check.passkeys',
        body: 'overview.check.passkeys_none',
        action: { label: 'overview.action.add_passkey', to: security('add-passkey') },
      });
    }
  }

  // Connected accounts whose stored token ran out: the apps that use it need a new connection.
  const expired = tokens.filter((token) => token.status?.state === 'expired');
  const socialEditable = editable(controlOf('social'));
  for (const token of expired) {
    checks.push({
      id: `reconnect-${token.target}`,
      status: 'look',
      title: 'overview.check.connection',
      body: 'overview.check.connection_expired',
      vars: { name: token.name },
      action: socialEditable ? { label: 'overview.action.reconnect', vars: { name: token.name }, to: openPath('/connections', `reconnect-${token.target}`) } : undefined,
    });
  }
  if (expired.length === 0 && tokens.some((token) => token.status?.state === 'stored')) {
    checks.push({ id: 'connections', status: 'fine', title: 'overview.check.connection', body: 'overview.check.connection_fine' });
  }

  if (devicesAvailable) {
    checks.push({
      id: 'devices',
      status: 'fine',
      title: 'overview.check.devices',
      body: devices ? 'overview.check.devices_count' : 'overview.check.devices_review',
      vars: devices ? { count: devices.sessions, apps: devices.apps } : undefined,
      action: { label: 'overview.action.review_devices', to: '/devices' },
    });
  }

  return checks;
}

/** Worst first, so what needs doing is at the top; otherwise in the order above. */
export const byUrgency = (checks: Check[]) => {
  const rank: Record<CheckStatus, number> = { risk: 0, look: 1, fine: 2 };
  return [...checks].sort((a, b) => rank[a.status] - rank[b.status]);
};
