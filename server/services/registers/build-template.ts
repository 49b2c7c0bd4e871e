// Use case: the empty workbook an officer fills for a register import — the field titles
// in Vietnamese, the hidden row of field codes, and drop-down lists for choice fields.
// Restricted fields the caller may not see are left out (SEC-2).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import ExcelJS from 'exceljs';
import { hiddenFor } from '../../security/fields/sensitive';
import { rolesOver } from '../submissions/access';
import { registerColumns } from './register-columns';
import { withoutHidden } from './reader-columns';
import { DATA_SHEET, FIRST_DATA_ROW, LIST_SHEET, writeHeader } from './sheet-layout';
import { registerTarget } from './register-target';

const VALIDATED_ROWS = 100_000;

export async function buildTemplate(em: EntityManager, actor: Actor, formCode: string, unitCode: string, today: string): Promise<{ fileName: string; body: Buffer }> {
  const { bundle, unit } = await registerTarget(em, actor, formCode, unitCode, today, 'write');
  const columns = withoutHidden(registerColumns(bundle.form), hiddenFor(bundle.form, rolesOver(actor, unit, bundle.form.domain ?? null)));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vn-gov-forms';
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  const lists = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  writeHeader(ws, columns);
  // exceljs accepts a range address here (its typings only declare per-cell validation).
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  let listCol = 0;
  for (const col of columns) {
    const last = FIRST_DATA_ROW + VALIDATED_ROWS - 1;
    const range = `${col.letter}${FIRST_DATA_ROW}:${col.letter}${last}`;
    if (col.options) {
      listCol++;
      col.options.forEach((o, i) => { lists.getCell(i + 1, listCol).value = o.label; });
      const letter = lists.getColumn(listCol).letter;
      validations.add(range, {
        type: 'list', allowBlank: !col.required, formulae: [`'${LIST_SHEET}'!$${letter}$1:$${letter}$${col.options.length}`],
        showErrorMessage: true, errorTitle: col.title, error: 'Hãy chọn một giá trị trong danh sách.',
      });
    } else if (col.kind === 'integer' || col.kind === 'number') {
      validations.add(range, {
        type: col.kind === 'integer' ? 'whole' : 'decimal', operator: 'between', allowBlank: true,
        formulae: [col.minimum ?? -1e15, col.maximum ?? 1e15], showErrorMessage: true, errorTitle: col.title, error: 'Hãy nhập một số.',
      });
    }
  }
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `mau-nhap-${bundle.form.code}.xlsx`, body };
}
