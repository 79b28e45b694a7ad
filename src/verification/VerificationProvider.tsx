import { createContext, lazy, Suspense, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/error';
import type { VerificationRecord } from '../api/types';
import { runVerified, type PromptReason, type RunOptions } from './run-verified';
import type { VerificationStore } from './store';

const VerificationDialog = lazy(() => import('./VerificationDialog'));

export type StepUp = {
  run: <T>(action: (verificationId: string | undefined) => Promise<T>, options?: RunOptions) => Promise<T>;
  /** Makes sure a record exists before a multi-step flow starts; rejects when cancelled. */
  ensure: () => Promise<string>;
  /**
   * Identity first, then `next` (opening a dialog): the user should not type a new address and a
   * code only to be stopped. Cancelling the verification leaves things as they were.
   */
  afterVerifying: (next: () => void) => void;
  /** The record to carry across a full-page redirect, and taking it back afterwards. */
  carryOver: () => VerificationRecord | undefined;
  restore: (record: VerificationRecord) => void;
};

const StepUpContext = createContext<StepUp | undefined>(undefined);

type Pending = { reason: PromptReason; promise: Promise<string>; resolve: (id: string) => void; reject: (error: unknown) => void };

/** The one step-up mechanism: every sensitive action goes through `useStepUp().run`. */
export function VerificationProvider({ store, children }: { store: VerificationStore; children: ReactNode }) {
  const [reason, setReason] = useState<PromptReason | undefined>();
  const pending = useRef<Pending | undefined>(undefined);

  const prompt = useCallback((why: PromptReason) => {
    // Two actions needing verification at once share one dialog.
    if (pending.current) return pending.current.promise;
    let resolve!: (id: string) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<string>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    pending.current = { reason: why, promise, resolve, reject };
    setReason(why);
    return promise;
  }, []);

  const settle = useCallback((outcome: { record: VerificationRecord } | { cancelled: true }) => {
    const current = pending.current;
    pending.current = undefined;
    setReason(undefined);
    if (!current) return;
    if ('record' in outcome) {
      store.save(outcome.record);
      current.resolve(outcome.record.verificationRecordId);
    } else {
      current.reject(
        new ApiError({ status: 0, code: 'client.verification_cancelled', message: 'Verification was cancelled.' }),
      );
    }
  }, [store]);

  const value = useMemo<StepUp>(
    () => ({
      run: (action, options) => runVerified(store, prompt, action, options),
      ensure: async () => store.current() ?? prompt('required'),
      afterVerifying: (next) => {
        if (store.current()) return next();
        prompt('required').then(next, () => undefined);
      },
      carryOver: () => store.export(),
      restore: (record) => store.save(record),
    }),
    [store, prompt],
  );

  return (
    <StepUpContext value={value}>
      {children}
      {reason && (
        <Suspense fallback={null}>
          <VerificationDialog
            reason={reason}
            onVerified={(record) => settle({ record })}
            onCancel={() => settle({ cancelled: true })}
          />
        </Suspense>
      )}
    </StepUpContext>
  );
}

export function useStepUp(): StepUp {
  const value = use(StepUpContext);
  if (!value) throw new Error('useStepUp must be used inside <VerificationProvider>.');
  return value;
}
