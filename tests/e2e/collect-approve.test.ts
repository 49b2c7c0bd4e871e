// The collect-and-approve journey in Chromium with real accounts against the real app: a
// commune officer fills a report (live rules, warning explained, attachment, autosave) and
// submits it; the district returns it with a reason; the officer sees it returned in the
// inbox, fixes and resubmits; the district approves; the province approves from the queue;
// the history shows every step.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { totpCode } from '../../server/security/totp/totp';
import { E2E_FORM, E2E_PASSWORD, installCollectWorld, UNITS, USERS } from '../support/e2e-fixtures';

const TITLE = 'Báo cáo hộ gia đình (thử nghiệm)';
const REASON = 'Số nhân khẩu chưa khớp với sổ hộ khẩu, đề nghị kiểm tra lại.';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let browser: Browser;
const contexts: BrowserContext[] = [];
let current: Page | null = null;
const pageErrors: string[] = [];

async function signedIn(username: string): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'));
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    pageErrors.push(`${username} ${page.url()}: ${err.message}`);
    console.log(`[${username} pageerror] ${page.url()}: ${err.message}`);
  });
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
  // Approvers must use two-factor sign-in (SEC-4): enrol as the security page would, with a code
  // computed from the secret the server shows once.
  if (new URL(page.url()).pathname === '/app/bao-mat') {
    const headers = { origin: inject('baseUrl') };
    const started = await page.request.post('/api/v1/me/two-factor/enrol', { headers });
    const { secret } = (await started.json()) as { secret: string };
    const confirmed = await page.request.post('/api/v1/me/two-factor/confirm', { headers, data: { code: totpCode(secret, new Date()) } });
    expect(confirmed.status(), await confirmed.text()).toBe(200);
  }
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[${username} console] ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) console.log(`[${username}] ${r.request().method()} ${r.url()} → ${r.status()}`);
  });
  return page;
}

const year = String(new Date(Date.now() + 7 * 3600_000).getUTCFullYear());
const entryPath = `/app/nhap-lieu/${E2E_FORM}/${UNITS.commune}/${year}`;
let officer: Page;
let district: Page;
let province: Page;

beforeAll(async () => {
  await installCollectWorld(inject('databaseUrl'));
  browser = await launchBrowser();
  officer = await signedIn(USERS.officer);
  district = await signedIn(USERS.district);
  province = await signedIn(USERS.province);
});

beforeEach(() => {
  onTestFailed(async ({ task }) => {
    if (current) await screenshot(current, `e2e-collect-failed-${task.name.replace(/\W+/g, '-').slice(0, 50)}`);
  });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

/** The entry page has hydrated (its buttons answer clicks). */
async function entryReady(page: Page) {
  await page.locator('[data-ready=true]').waitFor();
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-indicator').innerText(), { timeout: 15_000 }).toMatch(/Đã lưu lúc \d\d:\d\d/);
}

async function openDetail(page: Page) {
  await page.goto('/app/phe-duyet');
  await page.getByRole('cell', { name: 'Xã Thử Nghiệm' }).first().waitFor();
  await page.getByRole('link', { name: 'Xem chi tiết' }).first().click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
}

async function act(page: Page, button: string, comment?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('collect and approve', () => {
  it('lets the commune officer fill, explain, attach and submit', async () => {
    current = officer;
    await officer.goto('/app/nhap-lieu');
    const row = officer.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('Chưa nhập').waitFor();
    await expect.poll(() => row.innerText()).toMatch(/còn \d+ ngày/);
    await screenshot(officer, 'e2e-collect-inbox');
    await row.getByRole('link', { name: /Nhập liệu/ }).click();
    await officer.waitForURL(`**${entryPath}`);
    await entryReady(officer);

    await officer.locator('#root_households').fill('100');
    await officer.locator('#root_members').fill('2000');
    await officer.locator('#root_flagged').fill('150');
    await officer.getByText('Số hộ đánh dấu không được lớn hơn số hộ.').first().waitFor();
    await officer.getByText('Bình quân hơn 10 nhân khẩu một hộ: cần giải trình.').first().waitFor();
    await expect.poll(() => officer.locator('#root_flaggedRate').inputValue()).toBe('150');
    await officer.locator('#root_flaggedNote').waitFor();
    await screenshot(officer, 'e2e-collect-entry-rules');

    await officer.locator('#root_flagged').fill('12');
    await expect.poll(() => officer.getByText('Số hộ đánh dấu không được lớn hơn số hộ.').count()).toBe(0);
    await expect.poll(() => officer.locator('#root_flaggedRate').inputValue()).toBe('12');
    await officer.getByLabel('Giải trình cho cảnh báo này').fill('Địa bàn có nhiều hộ nhiều thế hệ cùng chung sống.');
    await saved(officer);
    await officer.locator('#root_evidence input[type=file]').setInputFiles({ name: 'bien-ban.png', mimeType: 'image/png', buffer: PNG });
    await officer.getByRole('link', { name: 'bien-ban.png' }).waitFor();
    await saved(officer);

    await officer.reload();
    await entryReady(officer);
    await expect.poll(() => officer.locator('#root_members').inputValue()).toBe('2000');
    await expect.poll(() => officer.getByLabel('Giải trình cho cảnh báo này').inputValue()).toContain('nhiều thế hệ');
    await screenshot(officer, 'e2e-collect-entry');
    await officer.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => officer.getByTestId('entry-state').innerText(), { timeout: 15_000 }).toBe('Chờ cấp trên duyệt');
    await officer.getByText('chỉ xem, không sửa được').waitFor();
  });

  it('lets the district return it with a mandatory reason', async () => {
    current = district;
    const queue = await (await district.request.get('/api/v1/queue')).json() as { total: number };
    expect(queue.total, JSON.stringify(queue)).toBe(1);
    await district.goto('/app/phe-duyet');
    await district.getByRole('cell', { name: 'Xã Thử Nghiệm' }).first().waitFor();
    await screenshot(district, 'e2e-collect-queue');
    await openDetail(district);
    await district.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = district.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await dialog.getByText('Vui lòng nêu lý do.').waitFor();
    await district.waitForTimeout(500); // the modal's opening animation
    await screenshot(district, 'e2e-collect-return-dialog');
    await dialog.getByRole('textbox').fill(REASON);
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect.poll(() => district.getByTestId('detail-state').innerText(), { timeout: 15_000 }).toBe('Bị trả lại');
  });

  it('shows the officer the returned report first, with the reason, and takes the fix', async () => {
    current = officer;
    await officer.goto('/app/nhap-lieu');
    const first = officer.getByRole('row').nth(1);
    await first.getByText('Bị trả lại', { exact: true }).waitFor();
    await expect.poll(() => first.getByTestId('return-reason').innerText()).toContain(REASON);
    await screenshot(officer, 'e2e-collect-inbox-returned');
    await first.getByRole('link', { name: /Nhập liệu/ }).click();
    await officer.waitForURL(`**${entryPath}`);
    await entryReady(officer);
    await officer.locator('#root_members').fill('480');
    await expect.poll(() => officer.getByText('Bình quân hơn 10 nhân khẩu một hộ: cần giải trình.').count()).toBe(0);
    await saved(officer);
    await officer.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => officer.getByTestId('entry-state').innerText(), { timeout: 15_000 }).toBe('Chờ cấp trên duyệt');
  });

  it('lets the district approve and the province approve from the queue in bulk', async () => {
    current = district;
    await openDetail(district);
    await act(district, 'Duyệt');
    await expect.poll(() => district.getByTestId('detail-state').innerText(), { timeout: 15_000 }).toBe('Chờ cấp cao duyệt');

    current = province;
    await province.goto('/app/phe-duyet');
    await province.getByRole('checkbox', { name: /Chọn báo cáo của Xã Thử Nghiệm/ }).check();
    await province.getByRole('button', { name: 'Duyệt (1 báo cáo)' }).click();
    await province.getByText('Kết quả: 1/1 báo cáo thành công').waitFor();
    await province.waitForTimeout(500); // the modal's opening animation
    await screenshot(province, 'e2e-collect-bulk');
    await province.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    await openDetail(province);
    await expect.poll(() => province.getByTestId('detail-state').innerText()).toBe('Đã duyệt');
    const history = province.getByTestId('history');
    await expect.poll(() => history.innerText()).toContain(REASON);
    const text = await history.innerText();
    expect(text.match(/Gửi duyệt/g)?.length).toBe(2);
    expect(text.match(/^Duyệt/gm)?.length).toBe(2);
    expect(text).toContain('Trả lại');
    expect(text).toContain('Tạo báo cáo');
    await screenshot(province, 'e2e-collect-detail');
  });

  it('opens the approved report read-only for the officer and lists notifications', async () => {
    current = officer;
    await officer.goto(entryPath);
    await entryReady(officer);
    await expect.poll(() => officer.getByTestId('entry-state').innerText()).toBe('Đã duyệt');
    await expect.poll(() => officer.locator('#root_members').isDisabled()).toBe(true);
    await expect.poll(async () => {
      const res = await officer.request.get('/api/v1/notifications');
      return ((await res.json()) as { items: unknown[] }).items.length;
    }, { timeout: 30_000 }).toBeGreaterThan(0);
    await officer.goto('/app/thong-bao');
    await officer.getByRole('heading', { name: /Thông báo/ }).waitFor();
    await officer.locator('.ant-list-item').first().waitFor();
    await screenshot(officer, 'e2e-collect-notifications');
    await officer.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' }).click();
    await expect.poll(() => officer.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' }).isDisabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
