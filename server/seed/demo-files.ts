// The shape of demo data files (demo/<folder>/*.json): items replayed through the services
// in order of time, with named step chains and default data shared by a file's items.
import fs from 'node:fs';
import path from 'node:path';

export type Data = Record<string, unknown>;
/** One step after the data is first saved: a workflow event, or an edit (a patch merged into the data). */
export interface DemoStep { event?: string; edit?: Data; as?: string; at?: string; comment?: string; signature?: string; explanations?: Record<string, string> }
export interface DemoItem {
  form: string;
  unit: string;
  /** Period key for a report; absent for a register record. */
  period?: string;
  /** Stable key of a register record (demo:…), so a second run skips it. */
  key?: string;
  as: string;
  at: string;
  data?: Data;
  /** Many new register records at once (the register import's writer), left in the initial state. */
  bulk?: Data[];
  explanations?: Record<string, string>;
  /** Name of a step list in the file's `chains`, run before `steps`. */
  chain?: string;
  steps?: DemoStep[];
}
export interface DemoFile { description?: string; defaults?: { data?: Data }; chains?: Record<string, DemoStep[]>; items: DemoItem[] }

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Deep merge of plain objects; arrays and scalars of `patch` replace. */
export function merge(base: Data, patch: Data): Data {
  const out: Data = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Data, v) : v;
  return out;
}

/** Every demo/<folder>/*.json under root, folders and files in name order. */
export function readDemoFiles(root: string): Array<{ file: string; content: DemoFile }> {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => d.name).sort()
    .flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(root, dir, f)))
    .map((file) => ({ file, content: JSON.parse(fs.readFileSync(file, 'utf8')) as DemoFile }));
}
