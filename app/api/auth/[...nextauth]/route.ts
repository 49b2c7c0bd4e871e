// next-auth's own endpoints (sign-in, sign-out, session, CSRF) for the App Router.
import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth/next-auth-options';

export const dynamic = 'force-dynamic';

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
