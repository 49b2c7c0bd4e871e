// The custom-operation table of docs/definitions.md, generated from the registry; a unit
// test keeps the committed doc equal to it, so the docs cannot drift from the runtime.
import { OPERATIONS } from './operations';

export function operationsMarkdownTable(): string {
  const rows = OPERATIONS.map((o) => {
    const args = o.args.map((a, i) => (i < o.minArgs ? a : `${a}?`)).join(', ');
    return `| \`${o.name}\` | ${args} | ${o.returns} | ${o.description.en} |`;
  });
  return ['| operation | arguments (`?` = optional) | returns | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
