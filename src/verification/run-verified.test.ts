import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/error';
import { runVerified, type Prompt } from './run-verified';
import { expiryMarginMs, VerificationStore } from './store';

const denied = () =>
  new ApiError({ status: 401, code: 'verification_record.permission_denied', message: 'Permission denied, please re-authenticate.' });
const cancelled = () => new ApiError({ status: 0, code: 'client.verification_cancelled', message: 'cancelled' });

function setup(now = 1_000_000) {
  const clock = { now };
  const store = new VerificationStore(() => clock.now);
  let issued = 0;
  const prompt = vi.fn<Prompt>(async () => {
    issued += 1;
    const id = `vid-${issued}`;
    store.save({ verificationRecordId: id, expiresAt: new Date(clock.now + 10 * 60_000).toISOString() });
    return id;
  });
  return { clock, store, prompt };
}

describe('runVerified', () => {
  it('prompts when there is no record, then runs the action with the fresh id', async () => {
    const { store, prompt } = setup();
    const action = vi.fn(async (id: string | undefined) => `done with ${id}`);
    await expect(runVerified(store, prompt, action)).resolves.toBe('done with vid-1');
    expect(prompt).toHaveBeenCalledWith('required');
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('reuses an unexpired record without prompting', async () => {
    const { store, prompt } = setup();
    await runVerified(store, prompt, async () => 'first');
    const action = vi.fn(async (id: string | undefined) => id);
    await expect(runVerified(store, prompt, action)).resolves.toBe('vid-1');
    expect(prompt).toHaveBeenCalledTimes(1);
  });

  it('treats a record as expired a few seconds before Logto does', async () => {
    const { clock, store, prompt } = setup();
    await runVerified(store, prompt, async () => 'first');
    clock.now += 10 * 60_000 - expiryMarginMs + 1;
    expect(store.current()).toBeUndefined();
    await expect(runVerified(store, prompt, async (id) => id)).resolves.toBe('vid-2');
    expect(prompt).toHaveBeenLastCalledWith('required');
  });

  it('re-prompts and retries the same action once when Logto denies the record', async () => {
    const { store, prompt } = setup();
    store.save({ verificationRecordId: 'stale', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const calls: Array<string | undefined> = [];
    const action = async (id: string | undefined) => {
      calls.push(id);
      if (id === 'stale') throw denied();
      return 'saved';
    };
    await expect(runVerified(store, prompt, action)).resolves.toBe('saved');
    expect(calls).toEqual(['stale', 'vid-1']);
    expect(prompt).toHaveBeenCalledWith('expired');
  });

  it('does not loop when the fresh record is denied too', async () => {
    const { store, prompt } = setup();
    const action = vi.fn(async () => {
      throw denied();
    });
    await expect(runVerified(store, prompt, action)).rejects.toMatchObject({ code: 'verification_record.permission_denied' });
    expect(action).toHaveBeenCalledTimes(2);
    expect(prompt).toHaveBeenCalledTimes(2);
  });

  it('stops without calling the action when the user cancels', async () => {
    const store = new VerificationStore();
    const prompt = vi.fn<Prompt>(async () => {
      throw cancelled();
    });
    const action = vi.fn(async () => 'never');
    await expect(runVerified(store, prompt, action)).rejects.toMatchObject({ code: 'client.verification_cancelled' });
    expect(action).not.toHaveBeenCalled();
  });

  it('passes other errors through untouched and keeps the record', async () => {
    const { store, prompt } = setup();
    await runVerified(store, prompt, async () => 'first');
    const conflict = new ApiError({ status: 422, code: 'user.username_already_in_use', message: 'taken' });
    await expect(
      runVerified(store, prompt, async () => {
        throw conflict;
      }),
    ).rejects.toBe(conflict);
    expect(store.current()).toBe('vid-1');
  });

  it('tries without a record first for optional step-up, prompting only when denied', async () => {
    const { store, prompt } = setup();
    const first = vi.fn(async (id: string | undefined) => id ?? 'no record needed');
    await expect(runVerified(store, prompt, first, { optional: true })).resolves.toBe('no record needed');
    expect(prompt).not.toHaveBeenCalled();

    const second = vi.fn(async (id: string | undefined) => {
      if (!id) throw denied();
      return id;
    });
    await expect(runVerified(store, prompt, second, { optional: true })).resolves.toBe('vid-1');
    expect(prompt).toHaveBeenCalledWith('required');
  });

  it('forgets everything on clear (sign-in, user switch)', async () => {
    const { store, prompt } = setup();
    await runVerified(store, prompt, async () => 'first');
    store.clear();
    expect(store.current()).toBeUndefined();
  });

  it('never prompts for a read that asks for no prompt: it says a record is needed instead', async () => {
    const { store, prompt } = setup();
    const action = vi.fn(async (id: string | undefined) => id);
    await expect(runVerified(store, prompt, action, { noPrompt: true })).rejects.toMatchObject({ code: 'client.verification_required' });
    expect(action).not.toHaveBeenCalled();
    expect(prompt).not.toHaveBeenCalled();
  });

  it('reads with the current record when there is one, and forgets it when Logto refuses it', async () => {
    const { store, prompt } = setup();
    await runVerified(store, prompt, async () => 'first');
    await expect(runVerified(store, prompt, async (id) => id, { noPrompt: true })).resolves.toBe('vid-1');
    await expect(
      runVerified(store, prompt, async () => {
        throw denied();
      }, { noPrompt: true }),
    ).rejects.toMatchObject({ code: 'client.verification_required' });
    expect(store.current()).toBeUndefined();
    expect(prompt).toHaveBeenCalledTimes(1);
  });
});
