// docs/definitions.md lists exactly the registry's operations (generated table).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationsMarkdownTable } from '@/engine/rules/operations-doc';

describe('docs/definitions.md', () => {
  it('contains the operation table generated from the registry', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../../docs/definitions.md'), 'utf8');
    expect(doc).toContain(operationsMarkdownTable());
  });
});
