import { writeConfig } from './config-file.js';
import type { ProvisionEnv } from './env.js';
import { exitCodes, ProvisionError } from './errors.js';
import { connectToLogto, type AccountCenter, type Application, type LogtoClient } from './logto.js';
import { ignoredKeys, planAccountCenter, planUris } from './plan.js';
import type { Reporter } from './report.js';
import type { Settings } from './settings.js';
import { buildSnapshot } from './snapshot.js';

export type ProvisionOptions = {
  env: ProvisionEnv;
  settings: Settings;
  outPath: string;
  dryRun: boolean;
  reporter: Reporter;
};

/** Stands in for the id of an application a dry run would create. */
const pendingAppId = '(new application)';

const refused = (message: string) => new ProvisionError(message, exitCodes.refused);

/** By id when the settings give one, else the one first-party SPA with the settings' name. */
const findApplication = async (logto: LogtoClient, settings: Settings): Promise<Application | undefined> => {
  const { id, name } = settings.app;
  if (id) {
    const app = await logto.findApplication(id);
    if (!app) throw refused(`application ${id} (app.id in the settings) does not exist in Logto`);
    if (app.type !== 'SPA') throw refused(`application ${id} is a ${app.type} app; the account center needs a SPA`);
    if (app.isThirdParty) throw refused(`application ${id} is a third-party app; the account center must be first-party`);
    return app;
  }
  const matches = (await logto.listSpaApplications()).filter((app) => app.name === name && !app.isThirdParty);
  if (matches.length > 1) {
    throw refused(
      `${matches.length} SPA applications are named "${name}" (${matches.map((app) => app.id).join(', ')}); set app.id in the settings`
    );
  }
  return matches[0];
};

/** Creates or updates the SPA application; returns its id. */
const provisionApplication = async (
  logto: LogtoClient,
  { settings, dryRun, reporter }: ProvisionOptions
): Promise<string> => {
  const existing = await findApplication(logto, settings);
  const plan = planUris(existing, settings.urls);
  const subject = `application "${existing?.name ?? settings.app.name}"`;

  if (!existing) {
    const created = dryRun ? undefined : await logto.createSpa(settings.app.name, plan.redirectUris, plan.postLogoutRedirectUris);
    reporter.change({ kind: 'created', subject, id: created?.id });
    plan.changes.forEach((change) => reporter.change(change));
    return created?.id ?? pendingAppId;
  }

  if (plan.changes.length > 0 && !dryRun) {
    const { oidcClientMetadata } = existing;
    await logto.updateOidcMetadata(existing.id, {
      ...oidcClientMetadata,
      redirectUris: [...oidcClientMetadata.redirectUris, ...plan.redirectUris],
      postLogoutRedirectUris: [...oidcClientMetadata.postLogoutRedirectUris, ...plan.postLogoutRedirectUris],
    });
  }
  plan.changes.forEach((change) => reporter.change(change));
  return existing.id;
};

/** Enables the account center with the settings' controls and the deployment origins. */
const provisionAccountCenter = async (
  logto: LogtoClient,
  { settings, dryRun, reporter }: ProvisionOptions
): Promise<AccountCenter> => {
  const current = await logto.getAccountCenter();
  const { patch, changes, expected } = planAccountCenter(current, settings);
  if (changes.length === 0) {
    return current;
  }
  const result = dryRun ? expected : await logto.patchAccountCenter(patch);
  changes.forEach((change) => reporter.change(change));
  const ignored = dryRun ? [] : ignoredKeys(patch, result);
  if (ignored.length > 0) {
    reporter.warn(`Logto did not apply ${ignored.join(', ')} to the account center (an older Logto version?)`);
  }
  return result;
};

/**
 * The whole command: application, account center, then the snapshot of what the app reads.
 * Changes are reported as they are made; a dry run asks Logto everything and changes nothing.
 */
export const provision = async (options: ProvisionOptions): Promise<void> => {
  const { env, settings, outPath, dryRun, reporter } = options;
  const logto = await connectToLogto(env);

  const appId = await provisionApplication(logto, options);
  const accountCenter = await provisionAccountCenter(logto, options);
  const [signInExperience, connectors, ssoConnectors, customProfileFields] = await Promise.all([
    logto.getSignInExperience(),
    logto.listConnectors(),
    logto.listSsoConnectors(),
    logto.listCustomProfileFields(),
  ]);

  const snapshot = buildSnapshot({
    endpoint: env.endpoint,
    appId,
    settings,
    accountCenter,
    signInExperience,
    connectors,
    ssoConnectors,
    customProfileFields,
  });
  if (await writeConfig(outPath, snapshot, dryRun)) {
    reporter.change({ kind: 'written', subject: 'config.json', path: outPath });
  }
  reporter.finish();
};
