// Flattens a form's JSON Schema into field paths ('a', 'a.b', 'rows[].x') with their type,
// repeat and catalog, so rules, aggregates, reports and the runtime all name fields the
// same way. Unsupported schema nodes become issues instead of being guessed at.
import type { LocalIssue } from '@/engine/core/issue';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
const FIELD_TYPES: readonly string[] = ['string', 'number', 'integer', 'boolean', 'object', 'array'];

export interface FieldInfo {
  path: string;
  /** Pointer of the field's schema node, relative to the form definition. */
  pointer: string;
  type: FieldType;
  /** For arrays: the item type ('object' = repeated rows). */
  itemType: FieldType | null;
  /** The innermost repeat this field belongs to ('rows[]'), or null at form level. */
  repeat: string | null;
  catalog: string | null;
  enumValues: unknown[] | null;
  defaultValue: unknown;
  /** Listed in its parent's `required`. */
  required: boolean;
  /** The schema node itself (title, constraints), for version comparison. */
  node: Record<string, unknown>;
}

export interface FieldIndex { fields: Map<string, FieldInfo>; issues: LocalIssue[] }

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

function typeOf(node: Node): FieldType | null {
  const t = Array.isArray(node.type) ? node.type.find((x) => x !== 'null') : node.type;
  return typeof t === 'string' && FIELD_TYPES.includes(t) ? (t as FieldType) : null;
}

export function indexFields(schema: unknown, schemaPointer = '/schema'): FieldIndex {
  const fields = new Map<string, FieldInfo>();
  const issues: LocalIssue[] = [];

  const visitProperties = (node: Node, pointer: string, prefix: string, repeat: string | null) => {
    const props = node.properties;
    if (!isNode(props)) { issues.push({ pointer, message: 'an object field needs "properties"' }); return; }
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    for (const [key, child] of Object.entries(props)) {
      if (!/^[A-Za-z_$][\w$]*$/.test(key)) {
        issues.push({ pointer: `${pointer}/properties/${esc(key)}`, message: `field name "${key}" must be letters, digits, "_" or "$" (no dots or spaces)` });
        continue;
      }
      visit(child, `${pointer}/properties/${esc(key)}`, prefix ? `${prefix}.${key}` : key, repeat, required.has(key));
    }
  };

  const visit = (node: unknown, pointer: string, path: string, repeat: string | null, required: boolean) => {
    if (!isNode(node)) { issues.push({ pointer, message: 'a field schema must be an object' }); return; }
    const type = typeOf(node);
    if (type === null) { issues.push({ pointer: `${pointer}/type`, message: `field "${path}" needs a "type" among ${FIELD_TYPES.join(', ')}` }); return; }
    const catalog = node['x-catalog'];
    if (catalog !== undefined && typeof catalog !== 'string') issues.push({ pointer: `${pointer}/x-catalog`, message: 'x-catalog must be a catalog code' });
    let itemType: FieldType | null = null;
    const items = node.items;
    if (type === 'array') {
      if (!isNode(items) || typeOf(items) === null) {
        issues.push({ pointer: `${pointer}/items`, message: `array field "${path}" needs "items" with a "type"` });
      } else itemType = typeOf(items);
    }
    fields.set(path, {
      path, pointer, type, itemType, repeat,
      catalog: typeof catalog === 'string' ? catalog : null,
      enumValues: Array.isArray(node.enum) ? node.enum : null,
      defaultValue: node.default, required, node,
    });
    if (type === 'object') visitProperties(node, pointer, path, repeat);
    if (type === 'array' && isNode(items) && itemType !== null) {
      const itemCatalog = items['x-catalog'];
      if (itemType === 'object') visitProperties(items, `${pointer}/items`, `${path}[]`, `${path}[]`);
      else fields.set(`${path}[]`, {
        path: `${path}[]`, pointer: `${pointer}/items`, type: itemType, itemType: null, repeat: `${path}[]`,
        catalog: typeof itemCatalog === 'string' ? itemCatalog : null,
        enumValues: Array.isArray(items.enum) ? items.enum : null, defaultValue: items.default, required: false, node: items,
      });
    }
  };

  if (isNode(schema)) visitProperties(schema, schemaPointer, '', null);
  return { fields, issues };
}

export const isNumericField = (f: FieldInfo | undefined): boolean => f !== undefined && (f.type === 'number' || f.type === 'integer');

/** Splits a concrete data path ('rows.2.x') into its schema path ('rows[].x'); null if not a field path. */
export function schemaPathOf(fields: Map<string, FieldInfo>, base: string, dotted: string): string | null {
  let current = base;
  for (const seg of dotted.split('.')) {
    const parent = current === '' ? undefined : fields.get(current);
    if (parent?.type === 'array' && /^\d+$/.test(seg)) current = `${current}[]`;
    else if (current.endsWith('[]') && !fields.has(current) && /^\d+$/.test(seg)) return null;
    else current = current === '' ? seg : `${current}.${seg}`;
    if (!fields.has(current)) return null;
  }
  return current;
}
