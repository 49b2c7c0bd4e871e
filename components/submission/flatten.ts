// Flattens submission data to 'rows[2].x' paths (the engine's notation) for side-by-side and
// diff tables, and shows any value as short text ('—' for nothing).
export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    if (value.length === 0 && prefix) out[prefix] = [];
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
}

export function showValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'number') return v.toLocaleString('vi-VN');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Field titles from a JSON Schema by path, rows included ('rows[].x' → 'Dòng › X'). */
export function schemaTitles(schema: { properties?: Record<string, Record<string, unknown>> }, data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: Record<string, unknown> | undefined, value: unknown, path: string, label: string) => {
    if (!node) return;
    const title = typeof node.title === 'string' ? node.title : path.split('.').pop() ?? path;
    const here = label ? `${label} › ${title}` : title;
    if (node.type === 'array' && Array.isArray(value)) {
      value.forEach((v, i) => walk(node.items as Record<string, unknown>, v, `${path}[${i}]`, `${here} ${i + 1}`));
    } else if (node.type === 'object' && node.properties) {
      for (const [k, child] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
        walk(child, (value as Record<string, unknown> | undefined)?.[k], path ? `${path}.${k}` : k, path ? here : '');
      }
    } else {
      out[path] = here;
    }
  };
  walk({ type: 'object', properties: schema.properties ?? {} }, data ?? {}, '', '');
  return out;
}
