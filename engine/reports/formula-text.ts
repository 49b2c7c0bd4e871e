// The printed form of a column formula over column numbers, "(4) = (3)/(1)×100", derived
// from the json-logic itself so the text cannot drift from what is computed. Logic with
// operators other than arithmetic falls back to the template's own `text`.
const OPS: Record<string, { sym: string; prec: number }> = {
  '+': { sym: ' + ', prec: 1 }, '-': { sym: ' - ', prec: 1 }, '*': { sym: '×', prec: 2 }, '/': { sym: '/', prec: 2 },
};

function render(logic: unknown, numbers: Map<string, number>): { text: string; prec: number } | null {
  if (typeof logic === 'number') return { text: String(logic).replace('.', ','), prec: 3 };
  if (typeof logic !== 'object' || logic === null || Array.isArray(logic)) return null;
  const [op, raw] = Object.entries(logic)[0] ?? [];
  if (op === 'var') {
    const name = Array.isArray(raw) ? raw[0] : raw;
    const n = typeof name === 'string' ? numbers.get(name) : undefined;
    return n === undefined ? null : { text: `(${n})`, prec: 3 };
  }
  const spec = op ? OPS[op] : undefined;
  const all = Array.isArray(raw) ? raw : [raw];
  // 0 - x is how templates write a negative term: print it as "- x".
  const args = op === '-' && all.length === 2 && all[0] === 0 ? [all[1]] : all;
  if (!spec || args.length === 0) return null;
  const parts = args.map((a) => render(a, numbers));
  if (parts.some((p) => p === null)) return null;
  const texts = parts.map((p, i) => {
    const negatedTerm = op === '+' && p!.prec === 0;
    const needParens = !negatedTerm && (p!.prec < spec.prec || (i > 0 && p!.prec === spec.prec && (op === '-' || op === '/')));
    return needParens ? `(${p!.text})` : p!.text;
  });
  if (args.length === 1 && op === '-') return { text: `-${texts[0]}`, prec: 0 };
  const text = texts.reduce((acc, t) => (op === '+' && t.startsWith('-') ? `${acc} - ${t.slice(1)}` : `${acc}${spec.sym}${t}`));
  return { text, prec: spec.prec };
}

/** "(n) = …" for a formula column, or null when the formula is not plain arithmetic. */
export function formulaText(own: number, logic: unknown, numbers: Map<string, number>, fallback?: string): string | null {
  const r = render(logic, numbers);
  if (r) return `(${own}) = ${r.text}`;
  return fallback ? fallback : null;
}
