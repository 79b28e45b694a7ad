import { appBaseUrl } from './app/base-url';
import { startEarlyRequests } from './app/boot/early-requests';
import './index.css';

// The page's entry, kept small so it runs long before the app's code has downloaded (index.html
// preloads that code; see preloadApp in vite.config.ts): config.json and a returning user's
// account are on their way while the rest arrives.
startEarlyRequests(appBaseUrl());
void import('./main');
