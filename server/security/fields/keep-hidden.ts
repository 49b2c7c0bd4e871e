// A writer who may not see a restricted field (SEC-2) must not erase it by saving the form
// they were shown (which lacks it): at hidden paths the value they send is taken (write-only
// entry stays possible), and where they send nothing the stored value is carried over (by
// position inside repeated rows). Nothing hidden is ever echoed back to them.
import { instancesOf, splitPath } from '@/engine/rules/instances';
import { keyPathOf, type KeyPath } from './seal-data';

const isObj = (v: unknown): v is Record<string | number, unknown> => typeof v === 'object' && v !== null;

function containerAt(root: unknown, path: KeyPath): Record<string | number, unknown> | null {
  let node = root;
  for (const k of path.slice(0, -1)) {
    if (!isObj(node)) return null;
    node = node[k];
  }
  return isObj(node) ? node : null;
}

export function keepHidden(
  input: Record<string, unknown>, stored: Record<string, unknown> | null | undefined, hidden: readonly string[],
): Record<string, unknown> {
  if (hidden.length === 0 || !stored) return input;
  const copy = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  for (const p of hidden) {
    for (const inst of instancesOf(splitPath(p), stored, false)) {
      const path = keyPathOf(inst.path);
      const last = path.at(-1)!;
      const holder = containerAt(copy, path);
      const value = containerAt(stored, path)?.[last];
      if (holder && !Array.isArray(holder) && value !== undefined && holder[last] === undefined) holder[last] = value;
    }
  }
  return copy;
}
