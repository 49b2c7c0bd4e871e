// Who is looking at a page, for server components: the same session checks and actor as the
// API (epoch, lock and closure included), through the service directly, as a plain DTO.
import 'server-only';
import { cache } from 'react';
import { pageContext } from '@/server/http/page-context';
import { getMe } from '@/server/services/accounts/get-me';
import type { MeDto } from '@/components/api/dto';

/** The signed-in account, or null when there is no valid session. Cached per request. */
export const currentUser = cache(async (): Promise<MeDto | null> => {
  const ctx = await pageContext({ allowPasswordChange: true });
  if (!ctx) return null;
  return (await getMe(ctx)) as MeDto;
});
