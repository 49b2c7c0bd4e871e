// The signed-in account itself: usable while a password change is pending, so the UI can
// show who is signed in and why the change is required (ACC-2, ACC-3, ACC-6).
import { apiRoute } from '@/server/http/api-route';
import { getMe } from '@/server/services/accounts/get-me';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => getMe(ctx), { allowPasswordChange: true });
