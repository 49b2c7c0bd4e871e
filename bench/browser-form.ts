// `npm run bench -- browser-form`: a generated 300-field form (computed fields, errors,
// warnings, visibility) rendered in Chromium by the same entry form and live-rules hook the
// entry page uses, bundled with esbuild into a static page (no server, no database: only the
// browser's work is measured). Prints time to first render and keystroke-to-paint latency
// (p50/p95 of 60 keystrokes, timed in the page with performance.now + requestAnimationFrame),
// and the longest main-thread task while typing (the debounced form-wide update).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from '../tests/support/browser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEYSTROKES = 60;

const HARNESS = `
import { useMemo, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { I18nProvider } from '@/components/providers/i18n-context';
import { EntryForm } from '@/components/forms/entry-form';
import { useLiveEntry } from '@/components/forms/use-live-entry';
import { errorSchemaOf, fieldKey, rjsfId, warningsById } from '@/components/forms/field-paths';

const N = 300, COMPUTED = 30, GROUP = 8;
const properties = {};
const computed = [], validations = [], visibility = [];
for (let i = 0; i < N - COMPUTED; i++) {
  properties['f' + i] = i % 9 === 8 ? { type: 'string', title: 'Ghi chú chỉ tiêu ' + (i + 1) } : { type: 'integer', minimum: 0, title: 'Chỉ tiêu số ' + (i + 1) };
}
for (let k = 0; k < COMPUTED; k++) {
  const name = 'c' + k;
  properties[name] = { type: 'number', title: 'Tổng nhóm ' + (k + 1) };
  const vars = Array.from({ length: GROUP }, (_, j) => ({ var: 'f' + (k * GROUP + j) }));
  computed.push({ field: name, logic: { '+': vars } });
  validations.push({ id: 'v' + k, severity: 'error', field: 'f' + k * GROUP, logic: { '<=': [{ var: 'f' + k * GROUP }, 1000] }, message: { vi: 'Giá trị không vượt quá 1000.', en: 'At most 1000.' } });
  validations.push({ id: 'w' + k, severity: 'warning', field: name, logic: { '<=': [{ var: name }, 5000] }, message: { vi: 'Tổng nhóm lớn bất thường.', en: 'Unusually large.' } });
  if (k < 10) visibility.push({ field: 'f' + (k * GROUP + 7), logic: { '>': [{ var: 'f' + k * GROUP }, 0] } });
}
const form = { kind: 'form', code: 'bench', version: 1, title: { vi: 'Biểu 300 chỉ tiêu' }, formKind: 'report', workflow: 'w', enteredAt: ['commune'],
  schema: { type: 'object', properties }, rules: { computed, validations, visibility } };
const data = {};
for (let i = 0; i < N - COMPUTED; i++) if (properties['f' + i].type === 'integer') data['f' + i] = (i * 37) % 101;
const noop = () => undefined;

function Harness() {
  const live = useLiveEntry(form, data, {});
  const { result } = live;
  const computedIds = useMemo(() => new Set(computed.map((c) => fieldKey(c.field))), []);
  const ctx = useMemo(() => ({ lang: 'vi', readOnly: false, hidden: new Set(result.hidden.map(rjsfId)), computed: computedIds,
    warnings: warningsById(result.issues), explanations: live.explanationsRef.current, onExplain: live.onExplain }), [result]);
  const extraErrors = useMemo(() => errorSchemaOf(result.issues, 'vi'), [result]);
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => { window.__rendered = performance.now() - window.__t0; }, 0));
  }, []);
  return <EntryForm form={form} formData={live.dataRef.current} ctx={ctx} extraErrors={extraErrors} onChange={live.onChange} onBlur={noop} />;
}

window.__lat = [];
window.__long = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
document.addEventListener('keydown', (e) => {
  const t = performance.now();
  requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t), 0));
}, true);
window.__t0 = performance.now();
createRoot(document.getElementById('root')).render(
  <ConfigProvider locale={viVN}><App><I18nProvider lang="vi"><Harness /></I18nProvider></App></ConfigProvider>
);
`;

async function bundle(dir: string): Promise<string> {
  await build({
    stdin: { contents: HARNESS, resolveDir: ROOT, loader: 'tsx', sourcefile: 'bench-harness.tsx' },
    bundle: true, minify: true, format: 'iife', target: 'chrome120', jsx: 'automatic', logLevel: 'error',
    outfile: path.join(dir, 'bench.js'), define: { 'process.env.NODE_ENV': '"production"' }, tsconfig: path.join(ROOT, 'tsconfig.json'),
  });
  const html = path.join(dir, 'index.html');
  writeFileSync(html, '<!doctype html><html lang="vi"><meta charset="utf-8"><title>bench</title><body><div id="root"></div><script src="bench.js"></script></body></html>');
  return html;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function once(html: string, gapMs: number) {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 860 } })).newPage();
    page.on('pageerror', (err) => console.error(`[page] ${err.message}`));
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => typeof (window as unknown as { __rendered?: number }).__rendered === 'number', null, { timeout: 30_000 });
    const render = await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered);
    const fromNav = await page.evaluate(() => (window as unknown as { __t0: number }).__t0 + (window as unknown as { __rendered: number }).__rendered);
    const fields = await page.locator('input[id^="root_"]').count();
    await page.locator('#root_f16').click();
    await page.evaluate(() => {
      (window as unknown as { __lat: number[] }).__lat = [];
      (window as unknown as { __long: number[] }).__long = [];
    });
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      await page.waitForTimeout(gapMs);
    }
    await page.waitForTimeout(400);
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    return { render, fromNav, fields, p50: pct(lat, 50), p95: pct(lat, 95), n: lat.length, longMax: long.length ? Math.max(...long) : 0, longN: long.length };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-form-'));
  try {
    const html = await bundle(dir);
    for (const gap of [120, 300]) {
      const runs = [];
      for (let r = 0; r < 3; r++) {
        const x = await once(html, gap);
        runs.push(x);
        console.log(`run ${r + 1} (keys every ${gap} ms): ${x.fields} inputs, first render ${ms(x.render)} (from navigation ${ms(x.fromNav)}), keystroke→paint p50 ${ms(x.p50)} p95 ${ms(x.p95)} over ${x.n} keys; ` +
          `${x.longN} long tasks while typing (longest ${ms(x.longMax)}: the form-wide update after a pause)`);
      }
      console.log(`median of 3 (keys every ${gap} ms): first render ${ms(median(runs.map((x) => x.render)))} (target < 1000 ms), ` +
        `keystroke→paint p50 ${ms(median(runs.map((x) => x.p50)))}, p95 ${ms(median(runs.map((x) => x.p95)))} (target < 50 ms), ` +
        `longest task ${ms(median(runs.map((x) => x.longMax)))}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
