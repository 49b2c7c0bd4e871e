// Account operations for the operator at the console (ACC-1, ACC-7):
//   users create <username> --unit <unitCode> [--level <level>] --role <role> [--domain d]
//                --password <p> [--full-name "…"] [--kind person|unit]
//   users reset-password <username> --password <p>
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '../../server/runtime/database';
import { now, vnDate } from '../../server/clock';
import { createAccount } from '../../server/services/accounts/create-account';
import { resetPassword } from '../../server/services/accounts/reset-password';
import { createAccountInput, parseInput } from '../../server/services/accounts/input';
import { AppError } from '../../server/errors';

const USAGE = [
  'Usage: npm run cli -- users create <username> --unit <unitCode> [--level <level>] --role <role> [--domain <d>] --password <p> [--full-name <name>] [--kind person|unit]',
  '       npm run cli -- users reset-password <username> --password <p>',
].join('\n');

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function unitIdByCode(em: EntityManager, code: string, level: string | undefined, today: string): Promise<string> {
  const rows = await em.execute<{ id: string; level: string }[]>(
    `select id, level from org_unit where code = ? and valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)
     ${level ? 'and level = ?' : ''} order by level`,
    level ? [code, today, today, level] : [code, today, today],
  );
  if (rows.length === 0) throw new Error(`No unit with code ${code}${level ? ` and level ${level}` : ''} valid today.`);
  if (rows.length > 1) throw new Error(`Several units have code ${code} (${rows.map((r) => r.level).join(', ')}): add --level.`);
  return rows[0].id;
}

export async function run(args: string[]): Promise<number> {
  const [sub, username] = args;
  const password = option(args, '--password');
  if (!username || username.startsWith('--') || !password || (sub !== 'create' && sub !== 'reset-password')) {
    console.error(USAGE);
    return 2;
  }
  const db = await bringUpDatabase();
  const caller = { operator: `cli:${os.userInfo().username}` };
  const at = now();
  const today = vnDate(at);
  try {
    const em = db.orm.em.fork() as EntityManager;
    if (sub === 'reset-password') {
      const [row] = await em.execute<{ id: string }[]>(`select id from account where lower(username) = lower(?)`, [username]);
      if (!row) throw new Error(`No account ${username}.`);
      await resetPassword(em, caller, row.id, password, at, today);
      console.log(`Password of ${username} reset; it must be changed at the next sign-in.`);
      return 0;
    }
    const unitCode = option(args, '--unit');
    const role = option(args, '--role');
    if (!unitCode || !role) {
      console.error(USAGE);
      return 2;
    }
    const unitId = await unitIdByCode(em, unitCode, option(args, '--level'), today);
    const input = parseInput(createAccountInput, {
      username,
      fullName: option(args, '--full-name') ?? username,
      kind: option(args, '--kind') ?? 'person',
      unitId,
      password,
      roles: [{ role, unitId, domain: option(args, '--domain') ?? null }],
    });
    const created = await createAccount(em, caller, input, at, today);
    console.log(`Created ${created.username} (${role} on ${created.unit.name}); the password must be changed at first sign-in.`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      const extra = err.details?.violations ? ': ' + (err.details.violations as { message: { en: string } }[]).map((v) => v.message.en).join('; ') : '';
      console.error(`Error (${err.code}): ${err.text.en}${extra}`);
      return 1;
    }
    throw err;
  } finally {
    await db.stop();
  }
}
