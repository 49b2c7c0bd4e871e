// The worked examples of docs/definitions.md (form, catalog, report) must load cleanly
// together with the loader fixtures' period and workflow.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefinitions } from '@/engine/definitions/loader';

const repo = path.resolve(__dirname, '../../../..');
const doc = readFileSync(path.join(repo, 'docs/definitions.md'), 'utf8');
const examples = [...doc.matchAll(/```(?:jsonc|json)\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((block) => /^\s*(\/\/.*\n\s*)?\{\s*\n\s*"kind": "(form|catalog|report)", "code": "[a-z]/.test(block));
const base = ['period-nam.json', 'workflow-duyet.json'].map((f) => ({
  file: f, text: readFileSync(path.join(repo, 'tests/unit/engine/loader/fixtures/_base', f), 'utf8'),
}));

describe('docs/definitions.md worked examples', () => {
  it('has one complete example per kind it documents', () => {
    expect(examples.map((e) => /"kind": "(\w+)"/.exec(e)?.[1])).toEqual(['form', 'catalog', 'report']);
  });

  it('they load without issues', () => {
    const r = loadDefinitions([...base, ...examples.map((text, i) => ({ file: `example-${i}`, text }))]);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });
});
