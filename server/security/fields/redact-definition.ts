// A form definition as a caller may see it (SEC-2): a restricted field whose named roles
// the caller holds nowhere is taken out of the schema, the UI schema, the rules that mention
// it and every list that names it, so not even its name reaches that caller's screen.
import type { RoleName } from '@/engine/access/actor';
import type { FormDefinition } from '@/engine/definitions/form';
import { hiddenFor } from './sensitive';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function dropFromSchema(schema: Node, path: string): void {
  const parts = path.split('.');
  let node: Node | undefined = schema;
  for (const [i, raw] of parts.entries()) {
    const name = raw.replace(/\[\]$/, '');
    const props: unknown = node?.properties;
    if (!isNode(props) || !node) return;
    if (i === parts.length - 1) {
      delete props[name];
      if (Array.isArray(node.required)) node.required = (node.required as string[]).filter((r) => r !== name);
      return;
    }
    const child: unknown = props[name];
    node = isNode(child) ? (raw.endsWith('[]') && isNode(child.items) ? child.items : child) : undefined;
  }
}

const mentions = (value: unknown, names: string[]) => {
  const text = JSON.stringify(value);
  return names.some((n) => text.includes(`"${n}"`) || text.includes(`"${n}.`) || text.includes(`.${n}"`));
};

export function definitionFor(form: FormDefinition, roles: readonly RoleName[]): FormDefinition {
  const hidden = hiddenFor(form, roles);
  if (hidden.length === 0) return form;
  const copy = JSON.parse(JSON.stringify(form)) as FormDefinition & Node;
  const names = [...new Set(hidden.flatMap((p) => [p, p.split('.').at(-1)!.replace(/\[\]$/, '')]))];
  for (const p of hidden) dropFromSchema(copy.schema as Node, p);
  if (copy.uiSchema) copy.uiSchema = Object.fromEntries(Object.entries(copy.uiSchema).filter(([k, v]) => !names.includes(k) && !mentions(v, names)));
  if (copy.rules) {
    copy.rules = Object.fromEntries(Object.entries(copy.rules).map(([k, list]) => [k, Array.isArray(list) ? list.filter((r) => !mentions(r, names)) : list])) as typeof copy.rules;
  }
  copy.aggregate = copy.aggregate?.filter((a) => !mentions(a, names));
  copy.prefill = copy.prefill?.filter((a) => !mentions(a, names));
  copy.restricted = Object.fromEntries(Object.entries(copy.restricted ?? {}).filter(([p]) => !hidden.includes(p)));
  copy.encrypted = copy.encrypted?.filter((p) => !mentions(p, names));
  return copy;
}

/** Every role the actor holds anywhere (definitions belong to no unit). */
export function rolesAnywhere(actor: { grants: { role: RoleName }[] }): RoleName[] {
  return [...new Set(actor.grants.map((g) => g.role))];
}
