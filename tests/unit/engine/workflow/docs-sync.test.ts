import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkPeriodDefinition, periodDefinitionSchema } from '@/engine/definitions/period';
import { checkWorkflowDefinition, workflowDefinitionSchema } from '@/engine/definitions/workflow';
import { WORKFLOW_REGISTRY } from '@/engine/workflow';

const doc = readFileSync(path.resolve(__dirname, '../../../../docs/definitions-periods-workflows.md'), 'utf8');

/** The text of the doc section headed `#### \`name\`` up to the next heading. */
function section(name: string): string {
  const start = doc.indexOf(`#### \`${name}\``);
  if (start < 0) return '';
  const next = doc.indexOf('\n#', start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes('"code"') && !b.includes('"..."'));

describe('docs/definitions-periods-workflows.md stays in sync with the registry (WF-1)', () => {
  it.each(WORKFLOW_REGISTRY.map((e) => [e.name, e] as const))('WF-1 documents %s and each of its params', (name, entry) => {
    const text = section(name);
    expect(text, `missing section for ${name}`).not.toBe('');
    const shape = entry.params instanceof z.ZodObject ? Object.keys(entry.params.shape) : [];
    for (const key of shape) expect(text, `${name}: param ${key}`).toContain(`\`${key}\``);
  });

  it('WF-1 documents no guard or action that does not exist', () => {
    const names = new Set(WORKFLOW_REGISTRY.map((e) => e.name));
    const documented = [...doc.matchAll(/^#### `(\w+)`/gm)].map((m) => m[1]);
    expect(documented.filter((n) => !names.has(n))).toEqual([]);
  });

  it('PER-2 WF-3 the worked examples in the doc are valid definitions', () => {
    expect(jsonBlocks.length).toBe(2);
    for (const block of jsonBlocks) {
      const raw = JSON.parse(block);
      if (raw.kind === 'period') expect(checkPeriodDefinition(periodDefinitionSchema.parse(raw))).toEqual([]);
      else expect(checkWorkflowDefinition(workflowDefinitionSchema.parse(raw))).toEqual([]);
    }
  });
});
