// The central promise (issue #5): a regulation is added as DATA. No file in engine/, server/ or
// app/ may name a regulation, a form code or a field of the packs in form-definitions/ and
// workflows/. The forbidden words are derived from the pack files themselves: every definition
// code (form, workflow, period, report, catalog), every field name of the packs' forms longer than
// five characters, plus the domain codes and a few regulation names. Exceptions are listed in
// ALLOW with the reason; adding one needs a reason a reviewer can check.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '@/engine/definitions/jsonc';

const ROOT = process.cwd();
const SCANNED = ['engine', 'server', 'app'];
const PACK_DIRS = ['form-definitions', 'workflows'];
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|jsonc|css|md|sql|html)$/;

/** Regulation names and pack words that must never be spelled out in code. */
const EXTRA_WORDS = ['giam-ngheo', 'dan-toc', 'noi-vu', 'hộ nghèo', 'hộ cận nghèo', 'cận nghèo', 'chuẩn nghèo', '2C-BNV', 'QĐ 121-TCTK', '121-TCTK',
  'NĐ 07/2021', '07/2021/NĐ-CP', '351/2025', '24/2021/QĐ-TTg', 'Ban Dân tộc', 'rà soát hộ', 'thiếu hụt', '27/2026'];

/** Field names that are ordinary words, not pack-specific (reason given for each). */
const GENERIC_FIELDS: Record<string, string> = {
  ghiChu: '"note": a generic word any screen may use',
  moTa: '"description": generic',
};

/**
 * Files allowed to contain some forbidden words, with the reason. Keys are paths relative to the
 * repository; values list the words allowed there.
 */
const ALLOW: Record<string, { words: string[]; reason: string }> = {};

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== '.next') walk(full, out); }
    else if (TEXT.test(e.name)) out.push(full);
  }
  return out;
}

type Json = Record<string, unknown>;
function fieldNames(schema: unknown, out: Set<string>): void {
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as Json;
  for (const [k, child] of Object.entries((s.properties as Json | undefined) ?? {})) { out.add(k); fieldNames(child, out); }
  if (s.items) fieldNames(s.items, out);
}

function forbiddenWords(): Map<string, string> {
  const words = new Map<string, string>(); // word → where it comes from
  for (const file of PACK_DIRS.flatMap((d) => walk(path.join(ROOT, d)))) {
    if (!/\.jsonc?$/.test(file)) continue;
    const parsed = parseJsonc(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: invalid JSON`);
    const docs = (Array.isArray(parsed.value) ? parsed.value : [parsed.value]) as Json[];
    for (const d of docs) {
      if (typeof d.code === 'string') words.set(d.code, `${d.kind} code (${path.relative(ROOT, file)})`);
      if (d.kind === 'form') {
        const names = new Set<string>();
        fieldNames(d.schema, names);
        for (const n of names) if (n.length > 5 && !(n in GENERIC_FIELDS)) words.set(n, `field of form ${String(d.code)}`);
      }
    }
  }
  for (const w of EXTRA_WORDS) words.set(w, 'regulation or pack word');
  return words;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Codes and field names match as whole tokens; phrases match anywhere, ignoring case. */
function matcher(word: string): RegExp {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(word)) return new RegExp(`(?<![A-Za-z0-9_-])${escape(word)}(?![A-Za-z0-9_-])`);
  if (/^[A-Za-z_$][\w$]*$/.test(word)) return new RegExp(`(?<![\\w$])${escape(word)}(?![\\w$])`);
  return new RegExp(escape(word), 'iu');
}

describe('no pack names in engine/, server/ or app/ (the central promise)', () => {
  const words = forbiddenWords();

  it('derives a meaningful list of forbidden words from the packs', () => {
    expect(words.size).toBeGreaterThan(100);
    for (const w of ['phieu-ra-soat-ho', 'duyet-dan-toc-4-cap', 'ho-so-can-bo', 'chuan-ngheo', 'thuNhapBinhQuanThang', 'soChiSoThieuHut', 'hanThuHoiQuyen']) expect(words.has(w), w).toBe(true);
  });

  it('finds none of them in engine/, server/ or app/ (except the written allowlist)', () => {
    const hits: string[] = [];
    const compiled = [...words].map(([w, from]) => ({ w, from, re: matcher(w) }));
    for (const file of SCANNED.flatMap((d) => walk(path.join(ROOT, d)))) {
      const rel = path.relative(ROOT, file);
      const allowed = new Set(ALLOW[rel]?.words ?? []);
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { w, from, re } of compiled) if (!allowed.has(w) && re.test(line)) hits.push(`${rel}:${i + 1}: "${w}" (${from})`);
      });
    }
    expect(hits).toEqual([]);
  });
});
