import { describe, expect, it } from 'vitest';

import { Clock } from './clock.js';
import { Outbox } from './outbox.js';

describe('outbox terminal line', () => {
  it('prints time, channel, recipient, code and template once per message', () => {
    const lines: string[] = [];
    const outbox = new Outbox(new Clock(), (line) => lines.push(line));
    const message = outbox.add({ to: '15551234567', channel: 'sms', code: '042917', templateType: 'BindNewIdentifier' });
    expect(lines).toEqual([`[outbox] ${message.sentAt} sms to 15551234567: code 042917 (BindNewIdentifier)`]);
  });
});
