// The administrator's journeys in a real browser against the real app: the forced password
// change at first sign-in (with the policy's Vietnamese messages), the unit tree before and
// after the 1 July 2025 reorganisation, and the account grid paging and sorting on the server.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';

const NEW_PASSWORD = 'Quan-Tri#2026x';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, inject('baseUrl'));
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`[browser ${m.type()}] ${m.text()}`);
  });
});

beforeEach(() => {
  onTestFailed(async ({ task }) => {
    if (page) await screenshot(page, `e2e-failed-${task.name.replace(/\W+/g, '-').slice(0, 60)}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

async function pickOption(selectId: string, typed: string, title: string): Promise<void> {
  await page.locator(`#${selectId}`).click();
  if (typed) await page.keyboard.type(typed);
  await page.locator(`.ant-select-item-option[title="${title}"]:visible`).click();
}

async function pickDate(label: string): Promise<void> {
  await page.getByLabel('Ngày xem cây đơn vị').click();
  await page.getByText(label, { exact: true }).click();
  await page.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
}

describe('administrator', () => {
  it('changes the demo password at first sign-in and reaches the shell', async () => {
    await page.goto('/app');
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Sai-mat-khau1!');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Đăng nhập' }).isEnabled()).toBe(true);
    await screenshot(page, 'e2e-sign-in-error');

    await page.getByLabel('Mật khẩu', { exact: true }).fill('Admin@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/doi-mat-khau');
    await page.getByText('lần đăng nhập đầu tiên').waitFor();

    await page.getByLabel('Mật khẩu hiện tại').fill('Admin@2026');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('abc');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('abc');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Mật khẩu phải có ít nhất 8 ký tự' }).waitFor();
    await screenshot(page, 'e2e-weak-password');

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL((url) => url.pathname === '/app');
    const me = (await (await page.request.get('/api/v1/me')).json()) as { fullName: string; passwordChangeRequired: boolean };
    expect(me.passwordChangeRequired).toBe(false);
    await expect.poll(() => page.getByTestId('shell-user').innerText()).toContain(me.fullName);
    await page.getByRole('heading', { name: `Xin chào, ${me.fullName}` }).waitFor();
    await screenshot(page, 'e2e-first-sign-in');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: `Hello, ${me.fullName}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: `Xin chào, ${me.fullName}` }).waitFor();
  });

  it('browses the unit tree before and after the reorganisation', async () => {
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.waitForURL('**/app/don-vi');
    const tree = page.getByRole('tree');

    await pickDate('30/06/2025 (trước sắp xếp)');
    await tree.getByText('Tỉnh Bắc Kạn', { exact: false }).first().waitFor();
    await screenshot(page, 'e2e-units-2025-06-30');

    await pickDate('01/07/2025 (sau sắp xếp)');
    await tree.getByText('Tỉnh Thái Nguyên', { exact: false }).first().waitFor();
    expect(await tree.getByText('Tỉnh Bắc Kạn', { exact: false }).count()).toBe(0);

    await tree.getByText('Tỉnh Thái Nguyên', { exact: false }).first().click();
    await page.getByRole('heading', { name: /Tỉnh Thái Nguyên/ }).waitFor();
    await page.getByText('Đơn vị tiền thân').waitFor();
    await screenshot(page, 'e2e-units-2025-07-01');
  });

  it('pages and sorts the account grid on the server', async () => {
    const units = (await (await page.request.get('/api/v1/units?date=2025-07-01')).json()) as { items: { id: string }[] };
    expect(units.items.length).toBeGreaterThan(0);
    for (let i = 1; i <= 12; i++) {
      const n = String(i).padStart(2, '0');
      // A browser's same-origin request carries Origin; the API refuses cookie-authenticated writes without it (CSRF).
      const res = await page.request.post('/api/v1/accounts', {
        headers: { origin: new URL(page.url()).origin },
        data: { username: `e2e.canbo${n}`, fullName: `Cán bộ Kiểm thử ${n}`, kind: 'person', unitId: units.items[0].id, password: 'Tam-Thoi#2026' },
      });
      expect(res.status(), await res.text()).toBe(201);
    }

    await page.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await page.waitForURL('**/app/tai-khoan');
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();

    const pageSize = page.waitForRequest((r) => r.url().includes('/api/v1/accounts') && r.url().includes('pageSize=10'));
    await page.getByLabel('Số dòng mỗi trang').click();
    await page.getByTitle(/^10 \//).click();
    await pageSize;
    await expect.poll(() => page.locator('tbody tr').count()).toBe(10);
    await expect.poll(() => page.getByTestId('grid-page').innerText()).toMatch(/^Trang 1\/\d+$/);

    const second = page.waitForResponse((r) => r.url().includes('/api/v1/accounts') && r.url().includes('page=2&'));
    await page.getByRole('button', { name: 'Trang sau' }).click();
    const body = (await (await second).json()) as { page: number; items: { username: string }[] };
    expect(body.page).toBe(2);
    await page.getByRole('cell', { name: body.items[0].username, exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('grid-page').innerText()).toMatch(/^Trang 2\//);

    const sorted = page.waitForResponse((r) => r.url().includes('sort=fullName') && r.url().includes('order=asc') && r.url().includes('page=1&'));
    await page.getByRole('button', { name: 'Họ và tên' }).click();
    const asc = (await (await sorted).json()) as { items: { fullName: string }[] };
    await expect.poll(() => page.locator('tbody tr').first().locator('td').nth(1).innerText()).toBe(asc.items[0].fullName);

    const desc = page.waitForResponse((r) => r.url().includes('sort=fullName') && r.url().includes('order=desc'));
    await page.getByRole('button', { name: 'Họ và tên' }).click();
    const down = (await (await desc).json()) as { items: { fullName: string }[] };
    await expect.poll(() => page.locator('tbody tr').first().locator('td').nth(1).innerText()).toBe(down.items[0].fullName);
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('Họ và tên');
    await screenshot(page, 'e2e-accounts');
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('creates an account, closes it, and hands a unit over to a new officer', async () => {
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('e2e.moi');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Mới');
    await pickOption('create-account_unitId', 'Cao', 'Tỉnh Cao Bằng (04)');
    await dialog.getByLabel('Mật khẩu ban đầu').fill('Tam-Thoi#2026');
    await pickOption('create-account_grant_role', '', 'Cán bộ nhập liệu');
    await pickOption('create-account_grant_unitId', 'Cao', 'Tỉnh Cao Bằng (04)');
    await pickOption('create-account_grant_domain', '', 'Giảm nghèo');
    await screenshot(page, 'e2e-create-account');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo tài khoản e2e.moi.').waitFor();

    await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').fill('e2e.moi');
    await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').press('Enter');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('cell', { name: 'Cán bộ nhập liệu' }).waitFor();
    await page.getByRole('button', { name: 'Thao tác: e2e.moi' }).click();
    await page.getByRole('menuitem', { name: 'Đóng tài khoản' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Đóng tài khoản' }).click();
    await page.getByRole('cell', { name: 'Đã đóng' }).waitFor();

    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.getByRole('tree').getByText('Tỉnh Cao Bằng (04)').click();
    await page.getByRole('heading', { name: 'Tỉnh Cao Bằng (04)' }).waitFor();
    await page.getByRole('button', { name: 'Bàn giao cán bộ' }).click();
    await page.getByRole('dialog').getByLabel('Họ và tên').fill('Lò Văn Bàn');
    await page.getByRole('dialog').getByLabel('Chức vụ').fill('Chuyên viên');
    const posted = page.waitForResponse((r) => r.url().includes('/officers') && r.request().method() === 'POST');
    await page.getByRole('dialog').getByRole('button', { name: 'Bàn giao cán bộ' }).click();
    const answer = await posted;
    expect(answer.status(), await answer.text()).toBe(201);
    await page.getByText('Đã bàn giao cán bộ.').waitFor();
    await page.getByText('Lò Văn Bàn', { exact: true }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await screenshot(page, 'e2e-handover');
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
