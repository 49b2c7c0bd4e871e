// The register journey in Chromium against the real app: a commune officer opens the register,
// imports an .xlsx of 1,000 households of which 3 are bad, sees the 3 errors by row, column
// and rule (all-or-nothing: nothing written), then imports the valid rows only and finds a
// household in the list by searching without accents.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { householdWorkbook, installRegisterWorld, REGISTER_CODE, REGISTER_OFFICER } from '../support/e2e-registers-fixtures';

const PASSWORD = 'Khoi@2026';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let file: string;

/** Rows 103, 503 and 903 of the sheet: a rule, a date and a choice error. */
const BAD: Record<number, (r: unknown[]) => unknown[]> = {
  100: (r) => [r[0], r[1], r[2], 45, r[4], r[5]],
  500: (r) => [r[0], '30/02/2001', ...r.slice(2)],
  900: (r) => [r[0], r[1], 'Khác', ...r.slice(3)],
};

beforeAll(async () => {
  await installRegisterWorld(inject('databaseUrl'), PASSWORD);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-register-')), 'ho-gia-dinh.xlsx');
  fs.writeFileSync(file, await householdWorkbook(1000, (i, r) => BAD[i]?.(r) ?? r));
  browser = await launchBrowser();
  context = await newContext(browser, inject('baseUrl'));
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[browser error] ${m.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

async function importFile(mode: string): Promise<void> {
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByText(mode).click();
  await dialog.getByRole('button', { name: 'Bắt đầu nhập' }).click();
}

describe('register import', () => {
  it('shows the 3 bad rows of a 1,000-row workbook by row, column and rule, and imports the rest', async () => {
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(REGISTER_OFFICER);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/app**');
    await page.goto('/app/so');
    await page.getByRole('link', { name: 'Sổ hộ gia đình (thử nghiệm)' }).click();
    await page.waitForURL(`**/app/so/${REGISTER_CODE}`);
    await page.getByText('Không có hồ sơ nào.').waitFor();

    await importFile('Không ghi gì cả (tất cả hoặc không)');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Không ghi dữ liệu vì có dòng lỗi').waitFor({ timeout: 60_000 });
    await dialog.getByText('Đã kiểm tra 1000/1000 dòng — hợp lệ 997, lỗi 3, đã ghi 0').waitFor();
    const rows = dialog.locator('.ant-table-tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(cells).toEqual([
      ['103', 'D — Số nhân khẩu', 'members-at-most-30', 'Số nhân khẩu của một hộ không được quá 30.'],
      ['503', 'B — Ngày sinh', 'schema.date', '"30/02/2001" không phải ngày hợp lệ dạng dd/MM/yyyy.'],
      ['903', 'C — Giới tính', 'schema.enum', '"Khác" không có trong danh sách lựa chọn của cột.'],
    ]);
    await screenshot(page, 'e2e-register-import');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();

    await importFile('Chỉ ghi các dòng hợp lệ');
    await dialog.getByText('Đã nhập xong').waitFor({ timeout: 60_000 });
    await dialog.getByText('Đã kiểm tra 1000/1000 dòng — hợp lệ 997, lỗi 3, đã ghi 997').waitFor();
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await page.getByText('997', { exact: false }).first().waitFor();

    await page.getByRole('searchbox', { name: 'Tìm kiếm (không cần dấu)' }).fill('nguyen van ho 777');
    await page.keyboard.press('Enter');
    await page.waitForURL('**q=nguyen**');
    await page.getByRole('link', { name: 'Nguyễn Văn Hộ 777' }).waitFor();
    await screenshot(page, 'e2e-register-list');
  });
});
