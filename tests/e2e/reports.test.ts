// Reports journey in Chromium. The province viewer of pre-reform Cao Bằng (gn.so.ldtbxh.2024)
// opens the 2024 yearly summary of communes on the tree of 31/12/2024 (merged header, total row),
// drills into huyện Bảo Lâm and back, downloads the .xlsx; the province approver of today's
// Cao Bằng (duyet.giamngheo) lists the reports, opens completeness, reminds, sees the dashboard.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';

const APPROVER = { user: 'duyet.giamngheo', password: 'Duyet@2026' };
const VIEWER_2024 = { user: 'gn.so.ldtbxh.2024', password: 'Demo@2026' };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

async function signIn(who: { user: string; password: string }) {
  await context?.close();
  context = await newContext(browser, inject('baseUrl'));
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(who.user);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
}

let report = '';

beforeAll(async () => {
  // The pre-reform province of Cao Bằng (closed on 30/06/2025): the scope of the 2024 report.
  const db = new pg.Client(inject('databaseUrl'));
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(`select id from org_unit where code = '04' and level = 'province' and valid_to = '2025-06-30'`);
    report = `/app/bao-cao/gn-bao-cao-nam-tong-hop?period=2024&unit=${rows[0].id}&date=2024-12-31&state=approved`;
  } finally {
    await db.end();
  }
  browser = await launchBrowser();
});

beforeEach(() => {
  onTestFailed(async ({ task }) => {
    await screenshot(page, `e2e-reports-failed-${task.name.replace(/\W+/g, '-').slice(0, 40)}`);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('reports as the province viewer of the pre-reform tree', () => {
  it('renders the report with its merged header, numbering, formulas and total row', async () => {
    await signIn(VIEWER_2024);
    await page.goto(report);
    const table = page.locator('table').filter({ has: page.locator('caption') }).first();
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => table.locator('caption').innerText()).toContain('Cao Bằng');
    const group = table.locator('thead th[scope="colgroup"]', { hasText: 'Hộ nghèo' }).first();
    expect(await group.getAttribute('colspan')).toBe('2');
    expect(await table.locator('thead').innerText()).toContain('(3) = (2)/(1)×100');
    expect(await table.locator('thead tr').last().innerText()).toMatch(/\(1\)\s+\(2\)\s+\(3\)/);
    const total = table.locator('tr[data-kind="total"]');
    expect(await total.innerText()).toContain('Tổng cộng');
    expect(await total.innerText()).toMatch(/812\s+301/);
    expect(await page.getByTestId('tree-line').innerText()).toContain('31/12/2024');
  });

  it('drills down into a district and back through the breadcrumb', async () => {
    const district = page.locator('tr[data-kind="subtotal"] button', { hasText: 'Bảo Lâm' });
    const name = (await district.innerText()).trim();
    await district.click();
    const caption = page.locator('table caption').first();
    await expect.poll(() => caption.innerText(), { timeout: 30_000 }).toContain(name);
    expect(new URL(page.url()).searchParams.get('level')).toBe('commune');
    const trail = page.getByRole('navigation', { name: 'Đường dẫn xem chi tiết' });
    expect(await trail.innerText()).toContain('Cao Bằng');
    expect(await page.locator('tr[data-kind="total"]').innerText()).toMatch(/812\s+301/);
    await screenshot(page, 'e2e-reports');
    await trail.getByRole('button', { name: /Cao Bằng/ }).click();
    await expect.poll(() => caption.innerText(), { timeout: 30_000 }).toContain('Cao Bằng');
  });

  it('downloads the same report as .xlsx', async () => {
    const href = await page.getByRole('link', { name: /Tải Excel/ }).getAttribute('href');
    expect(href).toContain('format=xlsx');
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('reports as the province approver of today', () => {
  it('lists the readable report templates by domain', async () => {
    await signIn(APPROVER);
    await page.goto('/app/bao-cao');
    await expect.poll(() => page.getByRole('heading', { name: 'Giảm nghèo' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Tổng hợp báo cáo giảm nghèo năm của cấp xã' }).count()).toBe(1);
  });

  it('shows completeness with rates never above 100% and sends a reminder', async () => {
    await page.goto('/app/bao-cao/tien-do');
    await expect.poll(() => page.locator('caption', { hasText: 'Tiến độ theo đơn vị trực thuộc' }).count(), { timeout: 30_000 }).toBe(1);
    for (const v of await page.locator('[role="meter"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-valuenow'))))) {
      expect(v).toBeLessThanOrEqual(100);
    }
    const remind = page.getByRole('button', { name: /Nhắc nhở/ });
    if (await remind.isEnabled()) {
      await remind.click();
      await page.getByRole('button', { name: 'Gửi nhắc nhở' }).click();
      await expect.poll(() => page.getByText(/Đã nhắc \d+ đơn vị/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.ant-popover:visible, .ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    }
    await screenshot(page, 'e2e-reports-completeness');
  });

  it('shows the dashboard charts from the report API', async () => {
    await page.goto('/app/bao-cao/tong-quan');
    await expect.poll(() => page.getByRole('heading', { name: /Diễn biến Số hộ nghèo qua các năm/ }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator('.recharts-surface').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.ant-spin-blur').count(), { timeout: 30_000 }).toBe(0);
    await screenshot(page, 'e2e-reports-dashboard');
    expect(pageErrors).toEqual([]);
  });
});
