// Removes fields a reader may not see (SEC-2): a field listed in `restricted` is kept only
// when one of the reader's roles is named for it. Works on concrete rows too ('rows[].cccd').
import type { RoleName } from '@/engine/access/actor';
import type { FormDefinition } from '@/engine/definitions/form';
import { instancesOf, splitPath } from './instances';

export function redactRestricted<T>(form: FormDefinition, data: T, roles: readonly RoleName[]): T {
  const restricted = Object.entries(form.restricted ?? {}).filter(([, allowed]) => !allowed.some((r) => roles.includes(r)));
  if (restricted.length === 0 || typeof data !== 'object' || data === null) return data;
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  for (const [path] of restricted) {
    for (const inst of instancesOf(splitPath(path), copy, false)) {
      if (Array.isArray(inst.container[inst.key]) && inst.row) {
        const rows = inst.container[inst.key] as unknown[];
        inst.container[inst.key] = rows.filter((r) => r !== inst.row);
      } else delete inst.container[inst.key];
    }
  }
  return copy as T;
}
