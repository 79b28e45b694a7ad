import { optionsFromEnv } from './config.js';
import { createEmulator } from './server.js';
import { managementApiIndicator, provisionerClient } from './state/m2m-clients.js';
import { demoUser } from './state/seed.js';

const options = optionsFromEnv();
const emulator = await createEmulator(options);

console.log(`Logto emulator listening on ${emulator.url}
  issuer       ${emulator.issuer}
  app id       ${emulator.appId}
  redirect URI ${emulator.state.appUrls.map((base) => `${base}callback`).join(', ')}
  demo user    ${demoUser.username} / ${demoUser.password} (${demoUser.primaryEmail})
  social       GitHub (test), Google (test): consent pages at ${emulator.url}/mock-social/<github|google>/authorize
  management   ${provisionerClient.id} / ${provisionerClient.secret} (dev M2M credentials, resource ${managementApiIndicator})
  storage      avatar uploads served from ${emulator.state.storage.publicUrl}/ (PUT /__emulator/storage switches it)
  control API  ${emulator.url}/__emulator/ (see emulator/README.md)
  well-known CORS ${emulator.state.wellKnownCorsOpen ? 'open (non-production mode)' : 'closed (production mode)'}`);

const shutdown = () => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
