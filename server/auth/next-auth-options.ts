// next-auth (v4, JWT sessions) wired to the sign-in service: the Credentials provider signs
// in, the JWT carries the account id and session epoch (re-checked on every API request by
// authenticate), and a refusal reaches the client as a stable code ('invalid-credentials',
// 'account-locked', 'account-closed', 'otp-required', 'otp-invalid'). The secret is NEXTAUTH_SECRET (read by next-auth).
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getOrm } from '../db/orm';
import { now } from '../clock';
import { AppError } from '../errors';
import { Account } from '../entities';
import { signIn } from '../services/auth/sign-in';
import { limitSignIn } from '../security/edges/rate-limit';
import { clientIp } from '../security/edges/client-ip';
import { passwordChangeReason } from './password-age';

declare module 'next-auth' {
  interface User {
    accountId: string;
    username: string;
    fullName: string;
    epoch: number;
  }
  interface Session {
    accountId: string;
    username: string;
    fullName: string;
    passwordChangeRequired: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    accountId?: string;
    epoch?: number;
    username?: string;
    fullName?: string;
  }
}

function headerOf(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null;
  const v = (headers as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
}

export const authOptions: AuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 3600 },
  pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Tên đăng nhập',
      credentials: {
        username: { label: 'Tên đăng nhập', type: 'text' },
        password: { label: 'Mật khẩu', type: 'password' },
        otp: { label: 'Mã xác thực', type: 'text' },
      },
      async authorize(credentials, req) {
        const em = (await getOrm()).em.fork() as EntityManager;
        const ip = headerOf(req?.headers, 'x-forwarded-for')?.split(',')[0].trim() ?? null;
        try {
          await limitSignIn(em, credentials?.username ?? '', clientIp(req?.headers as Record<string, unknown>) ?? ip, now());
          const s = await signIn(em, credentials?.username ?? '', credentials?.password ?? '', ip, credentials?.otp || null);
          return { id: s.accountId, accountId: s.accountId, username: s.username, fullName: s.fullName, name: s.fullName, epoch: s.epoch };
        } catch (err) {
          // next-auth passes the message to the client as `error`: keep it the stable code.
          throw new Error(err instanceof AppError ? err.code : 'internal');
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.accountId = user.accountId;
        token.epoch = user.epoch;
        token.username = user.username;
        token.fullName = user.fullName;
      }
      return token;
    },
    async session({ session, token }) {
      const accountId = token.accountId ?? '';
      let passwordChangeRequired = false;
      if (accountId) {
        const em = (await getOrm()).em.fork() as EntityManager;
        const account = await em.findOne(Account, { id: accountId });
        passwordChangeRequired = account ? passwordChangeReason(account, now()) !== null : false;
      }
      return {
        ...session,
        accountId,
        username: token.username ?? '',
        fullName: token.fullName ?? '',
        passwordChangeRequired,
      };
    },
  },
};
