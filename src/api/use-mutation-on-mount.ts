import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ApiError } from './error';

/**
 * A request a dialog makes once as it opens: a new TOTP secret, backup codes, a passkey challenge.
 * Each call makes Logto create something new, so it is a mutation, not a cached query; the ref
 * keeps StrictMode's second effect run from asking twice.
 */
export function useMutationOnMount<TData>(options: UseMutationOptions<TData, ApiError, void>) {
  const mutation = useMutation(options);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutation.mutate();
  }, [mutation]);
  return mutation;
}
