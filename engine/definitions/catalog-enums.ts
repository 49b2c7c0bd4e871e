// Fills catalog-backed fields ("x-catalog") with the catalog's codes and Vietnamese names
// as `oneOf: [{const, title}]`, which @rjsf renders as a labelled select. An explicit
// `enum` narrows the choice to those codes.
import type { CatalogDefinition } from './catalog';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function resolveCatalogEnums(schema: Node, catalog: (code: string) => CatalogDefinition | undefined): Node {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isNode(node)) return node;
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'enum' || k === 'default' || k === 'const' ? v : walk(v);
    const code = node['x-catalog'];
    const def = typeof code === 'string' ? catalog(code) : undefined;
    if (def) {
      const allowed = Array.isArray(node.enum) ? new Set(node.enum.map(String)) : null;
      out.oneOf = def.items.filter((it) => !allowed || allowed.has(it.code)).map((it) => ({ const: it.code, title: it.name.vi }));
      delete out.enum;
    }
    return out;
  };
  return walk(schema) as Node;
}
