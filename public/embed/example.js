import { embedAccountCenter } from './account-center-embed.js';

// ?app=<account center URL> picks the embedded app; by default the one next to this page.
const params = new URLSearchParams(window.location.search);
const app = params.get('app') ?? new URL('../profile', import.meta.url).href;
const events = document.querySelector('#events');
const themeSelect = document.querySelector('#theme');
const localeSelect = document.querySelector('#locale');

// A host page that signs its users in with Logto itself would pass its SDK's getAccessToken here.
const hostToken = window.accountCenterHostToken;

const account = embedAccountCenter({
  container: document.querySelector('#account'),
  url: app,
  theme: themeSelect.value,
  locale: localeSelect.value,
  getAccessToken: hostToken ? async () => hostToken : undefined,
  onEvent: (message) => {
    const item = document.createElement('li');
    item.textContent = `${message.type} ${JSON.stringify({ ...message, protocol: undefined, version: undefined, type: undefined })}`;
    events.append(item);
  },
});

themeSelect.addEventListener('change', () => account.setTheme(themeSelect.value));
localeSelect.addEventListener('change', () => account.setLocale(localeSelect.value));
