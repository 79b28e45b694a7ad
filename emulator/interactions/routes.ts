import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';

import { bodyParser } from '../http/body.js';
import { verifyPassword } from '../state/password.js';
import { lastSubmissionOf, passwordSignIn, type SignInIdentifier } from '../state/session-extensions.js';
import type { EmulatorState } from '../state/store.js';
import type { User } from '../state/users.js';

import { pageContentSecurityPolicy } from './html.js';
import { signInPage, unknownSessionPage } from './pages.js';

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

/** Looks the identifier up as a username (exact), an email (any case) or a phone number. */
const findUserByIdentifier = (state: EmulatorState, identifier: string): User | undefined =>
  state.users.findByUsername(identifier) ??
  (identifier.includes('@') ? state.users.findByEmail(identifier) : state.users.findByPhone(identifier));

/** Which kind of identifier matched, in the order `findUserByIdentifier` tries them. */
const identifierTypeOf = (state: EmulatorState, identifier: string): SignInIdentifier['type'] =>
  state.users.findByUsername(identifier) ? 'username' : identifier.includes('@') ? 'email' : 'phone';

/**
 * The sign-in experience at the server root, like Logto's: `/sign-in` (plain HTML form),
 * `/consent` (auto-consent, first-party style) and `/unknown-session`.
 */
export const interactionRoutes = ({ provider, state }: { provider: Provider; state: EmulatorState }) => {
  const router = new Router();

  const loadInteraction = async (ctx: Context): Promise<Interaction | undefined> => {
    try {
      return await provider.interactionDetails(ctx.req, ctx.res);
    } catch {
      return undefined;
    }
  };

  const appNameOf = (interaction: Interaction) => {
    const clientId = String(interaction.params.client_id ?? '');
    return state.clients.get(clientId)?.name ?? clientId;
  };

  const finish = async (ctx: Context, result: InteractionResults, merge: boolean, status: number) => {
    try {
      const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
        mergeWithLastSubmission: merge,
      });
      ctx.status = status;
      ctx.redirect(returnTo);
    } catch {
      ctx.redirect('/unknown-session');
    }
  };

  router.use(async (ctx, next) => {
    ctx.set('Content-Security-Policy', pageContentSecurityPolicy);
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.get('/unknown-session', (ctx) => {
    ctx.type = 'html';
    ctx.body = unknownSessionPage();
  });

  router.get('/sign-in', async (ctx) => {
    const interaction = await loadInteraction(ctx);
    if (!interaction) {
      ctx.redirect('/unknown-session');
      return;
    }
    if (interaction.prompt.name === 'consent') {
      ctx.redirect(`/consent?app_id=${encodeURIComponent(String(interaction.params.client_id ?? ''))}`);
      return;
    }
    const loginHint = interaction.params.login_hint;
    ctx.type = 'html';
    ctx.body = signInPage({
      appName: appNameOf(interaction),
      identifier: typeof loginHint === 'string' ? loginHint : '',
    });
  });

  router.post('/sign-in', bodyParser(), async (ctx) => {
    const interaction = await loadInteraction(ctx);
    if (!interaction) {
      ctx.redirect('/unknown-session');
      return;
    }
    const form = (ctx.request.body ?? {}) as Record<string, unknown>;
    const identifier = typeof form.identifier === 'string' ? form.identifier.trim() : '';
    const password = typeof form.password === 'string' ? form.password : '';

    if (form.action === 'cancel') {
      await finish(
        ctx,
        { error: 'access_denied', error_description: 'End-User aborted interaction' },
        false,
        303
      );
      return;
    }

    const user = identifier ? findUserByIdentifier(state, identifier) : undefined;
    const passwordMatches = user ? await verifyPassword(password, user.passwordDigest) : false;
    if (!user || !passwordMatches || user.isSuspended) {
      ctx.type = 'html';
      ctx.body = signInPage({
        appName: appNameOf(interaction),
        identifier,
        error:
          user?.isSuspended && passwordMatches
            ? 'This account is suspended.'
            : 'Incorrect account or password. Please check your input.',
      });
      return;
    }

    const now = state.clock.now();
    state.users.update(user.id, { lastSignInAt: now });
    // Like Logto's experience, the login result carries the interaction context; it reaches the
    // consent step as the interaction's `lastSubmission`.
    const userAgent = ctx.get('user-agent');
    const submission = passwordSignIn(
      user.id,
      { type: identifierTypeOf(state, identifier), value: identifier },
      { ip: ctx.ip, ...(userAgent ? { userAgent } : {}) }
    );
    await finish(ctx, { login: { accountId: user.id }, ...submission }, false, 303);
  });

  router.get('/consent', async (ctx) => {
    const interaction = await loadInteraction(ctx);
    if (!interaction?.session?.accountId) {
      ctx.redirect('/unknown-session');
      return;
    }
    const { prompt, params, session, grantId } = interaction;
    const clientId = String(params.client_id ?? '');
    const accountId = session.accountId;

    const grant = (grantId && (await provider.Grant.find(grantId))) || new provider.Grant({ accountId, clientId });
    const details = prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (details.missingOIDCScope) {
      grant.addOIDCScope(details.missingOIDCScope.join(' '));
    }
    if (details.missingOIDCClaims) {
      grant.addOIDCClaims(details.missingOIDCClaims);
    }
    for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const savedGrantId = await grant.save();

    // Logto keeps the sign-in's context with the session here, at consent.
    const lastSubmission = lastSubmissionOf(interaction.lastSubmission);
    if (lastSubmission && session.uid) {
      state.sessionExtensions.save(session.uid, { accountId, clientId, lastSubmission });
    }

    // Logto remembers the first application a user consented to.
    const user = state.users.get(accountId);
    if (user && user.applicationId === null) {
      state.users.update(accountId, { applicationId: clientId });
    }

    await finish(ctx, { consent: { grantId: savedGrantId } }, true, 302);
  });

  return router;
};
