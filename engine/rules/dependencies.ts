// Orders computed fields so each is evaluated after the fields it reads, and names the
// cycle when there is none — shared by the loader (refuse at import) and the runtime.

export interface ComputedNode { field: string; deps: ReadonlySet<string> }
export type DependencyOrder = { ok: true; order: number[] } | { ok: false; cycle: string[] };

/** True when reading `dep` reads `field`: the same path, or a container of it ('rows' holds 'rows[].x'). */
function reads(dep: string, field: string): boolean {
  return dep === field || field.startsWith(`${dep}.`) || field.startsWith(`${dep}[]`);
}

export function orderComputed(nodes: readonly ComputedNode[]): DependencyOrder {
  const edges = nodes.map((n) => nodes.flatMap((m, j) => ([...n.deps].some((d) => reads(d, m.field)) ? [j] : [])));
  const state = new Array<0 | 1 | 2>(nodes.length).fill(0);
  const order: number[] = [];
  const stack: number[] = [];
  let cycle: string[] | null = null;
  const visit = (i: number): void => {
    if (cycle) return;
    if (state[i] === 2) return;
    if (state[i] === 1) {
      const from = stack.indexOf(i);
      cycle = [...stack.slice(from), i].map((k) => nodes[k].field);
      return;
    }
    state[i] = 1;
    stack.push(i);
    for (const j of edges[i]) visit(j);
    stack.pop();
    state[i] = 2;
    order.push(i);
  };
  nodes.forEach((_, i) => visit(i));
  return cycle ? { ok: false, cycle } : { ok: true, order };
}
