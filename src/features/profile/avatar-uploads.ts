import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/query-keys';

/**
 * Whether Logto can store uploaded photos. Learnt from `storage.not_configured` (Logto without a
 * storage provider), then remembered for the session: the URL field stays, the upload goes.
 */
export function useAvatarUploads() {
  const queryClient = useQueryClient();
  const { data: unavailable } = useQuery({
    queryKey: queryKeys.avatarUploadsUnavailable(),
    queryFn: () => false,
    staleTime: Infinity,
    initialData: false,
  });
  return {
    unavailable,
    markUnavailable: () => queryClient.setQueryData(queryKeys.avatarUploadsUnavailable(), true),
  };
}
