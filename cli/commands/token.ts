// `token create <username> [--name <label>]`: issues a bearer token for an integrator
// (INT-1), printed once; only its hash is stored. The issue is audited.
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '../../server/runtime/database';
import { createApiToken } from '../../server/services/accounts/create-token';
import { now } from '../../server/clock';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  const [sub, username] = args;
  if (sub !== 'create' || !username || username.startsWith('--')) {
    console.error('Usage: npm run cli -- token create <username> [--name <label>]');
    return 2;
  }
  const name = option(args, '--name') ?? 'cli';
  const db = await bringUpDatabase();
  try {
    const em = db.orm.em.fork() as EntityManager;
    const { token } = await createApiToken(em, { actorId: null, actorName: `cli:${os.userInfo().username}` }, username, name, now());
    console.log(token);
    console.error(`Token "${name}" created for ${username}. It is shown only once: use it as "Authorization: Bearer <token>".`);
    return 0;
  } finally {
    await db.stop();
  }
}
