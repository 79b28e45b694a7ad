import type { SocialConnectorKind } from '../state/connectors.js';

import { githubBehaviour } from './github.js';
import { googleBehaviour } from './google.js';
import { logtoMockBehaviour } from './logto-mock.js';
import type { SocialConnectorBehaviour } from './types.js';

export const behaviourOf = (kind: SocialConnectorKind): SocialConnectorBehaviour =>
  ({ github: githubBehaviour, google: googleBehaviour, 'logto-mock': logtoMockBehaviour })[kind];
