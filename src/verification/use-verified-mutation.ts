import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { ApiError } from '../api/error';
import type { RunOptions } from './run-verified';
import { useStepUp } from './VerificationProvider';

type Options<TData, TVariables, TContext> = Omit<UseMutationOptions<TData, ApiError, TVariables, TContext>, 'mutationFn'> & {
  mutationFn: (variables: TVariables, verificationId: string | undefined) => Promise<TData>;
  verification?: RunOptions;
};

/** A react-query mutation whose call carries a step-up record; features never touch the header. */
export function useVerifiedMutation<TData, TVariables, TContext = unknown>({
  mutationFn,
  verification,
  ...options
}: Options<TData, TVariables, TContext>) {
  const stepUp = useStepUp();
  return useMutation<TData, ApiError, TVariables, TContext>({
    ...options,
    mutationFn: (variables) => stepUp.run((verificationId) => mutationFn(variables, verificationId), verification),
  });
}
