// One journey per regulation pack in Chromium, signed in as the pack's demo officer (demo/
// accounts.json, loaded by `npm start`): the inbox, the pack's own form filled and submitted.
// The province first publishes new versions of the two report periods that open entry for the
// current period (a data change, so the journey does not depend on today's date).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';

const PASSWORD = 'Demo@2026';
const today = new Date(Date.now() + 7 * 3600_000);
const year = String(today.getUTCFullYear());
const month = `Tháng ${today.getUTCMonth() + 1}/${year}`;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let current: Page | null = null;

/** A new version of a pack period whose entry opens at the start of the period. */
function openedPeriod(file: string, code: string): { code: string; version: number; domain?: string } & Record<string, unknown> {
  const all = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const period = (Array.isArray(all) ? all : [all]).find((p: { code: string }) => p.code === code) as Record<string, unknown>;
  const entry = period.entry as Record<string, unknown>;
  return { ...period, code, version: (period.version as number) + 1, entry: { ...entry, open: { from: 'start' } },
    approvalWindow: { ...(period.approvalWindow as Record<string, unknown>), from: { from: 'start' } } };
}

beforeAll(async () => {
  const db = new pg.Client(inject('databaseUrl'));
  await db.connect();
  try {
    for (const p of [openedPeriod('form-definitions/dan-toc/periods.json', 'dan-toc-thang'), openedPeriod('form-definitions/giam-ngheo/periods.json', 'giam-ngheo-nam')]) {
      const text = JSON.stringify(p);
      await db.query(`insert into definition (kind, code, version, domain, body, hash, status) values ('period', $1, $2, $3, $4::jsonb, $5, 'published') on conflict do nothing`,
        [p.code, p.version, p.domain ?? null, text, createHash('sha256').update(text).digest('hex')]);
    }
  } finally {
    await db.end();
  }
  browser = await launchBrowser();
});

beforeEach(() => {
  onTestFailed(async ({ task }) => {
    if (current) await screenshot(current, `e2e-pack-failed-${task.name.replace(/\W+/g, '-').slice(0, 40)}`);
  });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function signedIn(username: string): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'));
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${username}: ${err.message}`));
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
  current = page;
  return page;
}

/** Types into a field and leaves it (the entry form commits a field when it loses focus), then checks it kept the value. */
async function type(page: Page, id: string, value: string) {
  const input = page.locator(`#root_${id}`);
  await input.fill(value);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(value);
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-indicator').innerText(), { timeout: 15_000 }).toMatch(/Đã lưu lúc \d\d:\d\d/);
}

async function openFromInbox(page: Page, title: string, key: string, shot: string) {
  await page.goto('/app/nhap-lieu');
  const row = page.getByRole('row').filter({ hasText: title }).filter({ hasText: key });
  await row.first().waitFor();
  await screenshot(page, shot);
  await row.first().getByRole('link', { name: /Nhập liệu/ }).click();
  await page.getByTestId('entry-state').waitFor();
  await page.waitForLoadState('networkidle'); // typing before hydration would be reset by React
}

async function submit(page: Page, state: string, shot: string) {
  await saved(page);
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect.poll(() => page.getByTestId('entry-state').innerText(), { timeout: 15_000 }).toBe(state);
  await screenshot(page, shot);
}

describe('regulation packs in the browser', () => {
  it('ethnic affairs: the commune officer sees the returned report with its reason, then files the monthly report', async () => {
    const officer = await signedIn('dt.xa.babe');
    await officer.goto('/app/nhap-lieu');
    await officer.getByText('Bị trả lại', { exact: true }).first().waitFor();
    const other = await signedIn('dt.xa.bangthanh');
    await openFromInbox(other, 'Báo cáo tình hình vùng đồng bào DTTS tháng', month, 'e2e-pack-dan-toc-inbox');
    // Non-zero counts: a typed 0 is dropped by the entry form today (reported to the entry UI owner).
    await type(other, 'soVuViecPhucTap', '1');
    await type(other, 'tinhHinhChung', 'Một vụ tranh chấp đất rừng giữa hai thôn đã được hòa giải.');
    await type(other, 'soHoDiCuTuDo', '2');
    await type(other, 'soNguoiDiCuTuDo', '9');
    await type(other, 'soLuotThamHoiNguoiUyTin', '4');
    await submit(other, 'Chờ sở, ngành xác thực theo ngành', 'e2e-pack-dan-toc-submitted');
  });

  it('poverty: the commune officer files the yearly poverty report', async () => {
    const officer = await signedIn('gn.xa.quanglam');
    await openFromInbox(officer, 'Báo cáo kết quả giảm nghèo năm của cấp xã', `Năm ${year}`, 'e2e-pack-giam-ngheo-inbox');
    for (const [id, v] of [['tongSoHo', '1105'], ['tongNhanKhau', '4460'], ['soHoNgheo', '270'], ['soKhauNgheo', '1210'], ['soHoCanNgheo', '150'], ['soKhauCanNgheo', '610'],
      ['dienBien_ngheo1DauKy', '288'], ['dienBien_ngheo3', '20'], ['dienBien_ngheo7', '2'], ['dienBien_canNgheo1DauKy', '160'], ['dienBien_canNgheo3', '10']] as const) {
      await type(officer, id, v);
    }
    await expect.poll(() => officer.locator('#root_dienBien_ngheo9CuoiKy').inputValue()).toBe('270');
    await submit(officer, 'Chờ cấp tỉnh phê duyệt', 'e2e-pack-giam-ngheo-submitted');
  });

  it('home affairs: the civil servant opens their record from the register, reopens it for changes and sends it for approval', async () => {
    const person = await signedIn('nv.cc.thachsophal');
    await person.goto('/app/so/ho-so-can-bo');
    await person.getByRole('button', { name: 'Thêm hồ sơ' }).waitFor();
    // The grid's first columns are not the name: find the record by the accent-insensitive search.
    await person.getByRole('searchbox', { name: 'Tìm kiếm (không cần dấu)' }).fill('thach so phal');
    await person.getByRole('searchbox', { name: 'Tìm kiếm (không cần dấu)' }).press('Enter');
    await person.waitForURL(/q=thach/);
    await expect.poll(() => person.getByRole('link', { name: 'Mở', exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await screenshot(person, 'e2e-pack-noi-vu-register');
    await person.getByRole('link', { name: 'Mở', exact: true }).click();
    await person.waitForURL(/\/app\/so\/ho-so-can-bo\/[0-9a-f-]{36}$/);
    const state = person.getByTestId('entry-state');
    await expect.poll(() => state.innerText(), { timeout: 15_000 }).toBe('Đã phê duyệt');
    await person.waitForLoadState('networkidle'); // typing before hydration would be reset by React
    await person.getByRole('button', { name: 'Cập nhật thay đổi' }).click();
    await expect.poll(() => state.innerText(), { timeout: 15_000 }).toBe('Đang cập nhật thay đổi (bản đã duyệt vẫn có hiệu lực)');
    await type(person, 'thongTinCoBan_noiSinh', 'Xã Ngọc Biên, tỉnh Trà Vinh');
    await submit(person, 'Chờ đơn vị phê duyệt (05 ngày cuối tháng)', 'e2e-pack-noi-vu-submitted');
    expect(pageErrors).toEqual([]);
  });
});
