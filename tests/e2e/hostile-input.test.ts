// Issue #7 hostile input in the browser: script tags in form labels (a definition) and in
// every text value (entered through the real API) are shown as inert text on the inbox,
// entry, queue and detail pages — Chromium opens no dialog and runs no injected handler.
// Also checks the security headers of a page (CSP nonce, frame-ancestors, nosniff).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { E2E_PASSWORD, installCollectWorld, UNITS, USERS } from '../support/e2e-fixtures';

const XSS = `<script>alert("xss-script")</script><img src=x onerror="alert('xss-img')"><svg onload="alert('xss-svg')">`;
const FORM_CODE = 'e2e-xss';
const FORM = {
  kind: 'form', code: FORM_CODE, version: 1, title: { vi: `Biểu thử XSS ${XSS}`, en: `XSS test ${XSS}` },
  formKind: 'report', period: 'test-yearly', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: { type: 'object', properties: {
    households: { type: 'integer', minimum: 0, title: `Số hộ ${XSS}` },
    note: { type: 'string', title: `Ghi chú ${XSS}`, description: XSS },
    remark: { type: 'string', title: `Nhận xét ${XSS}` } } },
  uiSchema: { 'ui:order': ['households', 'note', 'remark'], note: { 'ui:widget': 'textarea' } },
};
const year = String(new Date(Date.now() + 7 * 3600_000).getUTCFullYear());
let browser: Browser;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
const tokens: Record<string, string> = {};
let submissionId = '';

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client(inject('databaseUrl'));
  await db.connect();
  try { return (await db.query<T>(text, params)).rows; } finally { await db.end(); }
}

async function api(user: string, method: string, path: string, body?: unknown) {
  const res = await fetch(inject('baseUrl') + path, { method, headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function signedIn(username: string): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'));
  contexts.push(context);
  const page = await context.newPage();
  page.on('dialog', async (d) => { dialogs.push(`${username}: ${d.message()}`); await d.dismiss(); });
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
  return page;
}

beforeAll(async () => {
  if ((await sql(`select 1 from org_unit where code = $1`, [UNITS.commune])).length === 0) await installCollectWorld(inject('databaseUrl'));
  const text = JSON.stringify(FORM);
  await sql(`insert into definition (kind, code, version, domain, body, hash, status) values ('form', $1, 1, null, $2::jsonb, $3, 'published') on conflict do nothing`,
    [FORM_CODE, text, createHash('sha256').update(text).digest('hex')]);
  for (const user of [USERS.officer, USERS.district]) {
    const token = `e2e_${randomBytes(24).toString('base64url')}`;
    await sql(`insert into api_token (id, account_id, name, token_hash, created_at) select gen_random_uuid(), id, 'xss e2e', $2, now() from account where username = $1`,
      [user, createHash('sha256').update(token).digest('hex')]);
    tokens[user] = token;
  }
  const saved = await api(USERS.officer, 'PUT', `/api/v1/forms/${FORM_CODE}/reports/${UNITS.commune}/${year}`, { data: { households: 3, note: XSS, remark: XSS } });
  expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
  submissionId = String(saved.body.id);
  expect((await api(USERS.officer, 'POST', `/api/v1/submissions/${submissionId}/events`, { type: 'SUBMIT', expectedVersion: saved.body.version })).status).toBe(200);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('script tags stay text', () => {
  it('the officer inbox and entry page show the labels and values without running them', async () => {
    const page = await signedIn(USERS.officer);
    await page.goto('/app/nhap-lieu');
    await page.getByText('Biểu thử XSS', { exact: false }).first().waitFor();
    await page.goto(`/app/nhap-lieu/${FORM_CODE}/${UNITS.commune}/${year}`);
    await page.getByText('Nhận xét', { exact: false }).first().waitFor();
    await page.waitForTimeout(1000);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('svg[onload]').count()).toBe(0);
    await screenshot(page, 'e2e-xss-entry');
    expect(dialogs).toEqual([]);
  });

  it('the district queue and detail page show them as text too', async () => {
    const page = await signedIn(USERS.district);
    await page.goto('/app/phe-duyet');
    await page.getByText('Biểu thử XSS', { exact: false }).first().waitFor();
    await page.goto(`/app/phe-duyet/${submissionId}`);
    await page.getByText('alert("xss-script")', { exact: false }).first().waitFor();
    await page.waitForTimeout(1000);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(page, 'e2e-xss-detail');
    expect(dialogs).toEqual([]);
  });

  it('pages carry the security headers (nonce CSP without unsafe-inline scripts, no framing)', async () => {
    const res = await fetch(inject('baseUrl') + '/dang-nhap');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain(`frame-ancestors 'none'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
