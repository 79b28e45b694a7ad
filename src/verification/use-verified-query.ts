import { queryOptions, useQuery, type QueryKey } from '@tanstack/react-query';
import type { ApiError } from '../api/error';
import { hasErrorCode } from '../api/error';
import { useStepUp, type StepUp } from './VerificationProvider';

type Options<T> = {
  queryKey: QueryKey;
  queryFn: (verificationId: string | undefined, signal: AbortSignal) => Promise<T>;
  enabled?: boolean;
};

/**
 * A read Logto guards with a step-up record (sessions, grants). It uses the record at hand and
 * never opens the dialog by itself: the page says why first, and asks when the user chooses to. Until then the query fails with `client.verification_required`.
 */
export function useVerifiedQuery<T>({ enabled = true, ...read }: Options<T>) {
  const stepUp = useStepUp();
  const query = useQuery({
    ...verifiedQueryOptions(stepUp, read),
    enabled,
    // A refetch on focus after the record lapsed would swap the list for the prompt mid-task.
    refetchOnWindowFocus: false,
  });
  return {
    ...query,
    needsVerification: hasErrorCode(query.error, 'client.verification_required'),
  };
}

/** The same read for `queryClient.fetchQuery`, for code that needs the data outside a component. */
export const verifiedQueryOptions = <T>(stepUp: StepUp, { queryKey, queryFn }: Omit<Options<T>, 'enabled'>) =>
  queryOptions<T, ApiError>({
    queryKey,
    queryFn: ({ signal }) => stepUp.run((verificationId) => queryFn(verificationId, signal), { noPrompt: true }),
  });
