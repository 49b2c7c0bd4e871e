// Use case: the register list as an .xlsx, with the same filters and order as the screen,
// streamed row by row (exceljs WorkbookWriter) in pages so big registers stay in bounded
// memory. Its header rows match the import template, so an export imports back unchanged.
// Values as the reader may see them (SEC-2): encrypted ones opened, hidden columns left out.
import { PassThrough } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import ExcelJS from 'exceljs';
import { readableData } from '../../security/fields/sensitive';
import { rolesOver } from '../submissions/access';
import { recordFilterSql, type RecordFilters } from './record-filters';
import { readerColumns, readerFilters } from './reader-columns';
import { registerTarget } from './register-target';
import { cellOf, DATA_SHEET, writeHeader } from './sheet-layout';

const PAGE = 5000;
/** Excel has no time zones: instants are written as Vietnam wall-clock time. */
const VN_OFFSET_MS = 7 * 3_600_000;

export async function exportRecords(em: EntityManager, actor: Actor, formCode: string, unitCode: string, filters: RecordFilters, today: string) {
  const { bundle, unit } = await registerTarget(em, actor, formCode, unitCode, today, 'read');
  const { form, workflow } = bundle;
  const roles = rolesOver(actor, unit, form.domain ?? null);
  const columns = readerColumns(form, roles);
  const sql = recordFilterSql(form.code, unit.id, columns, readerFilters(form, roles, filters));
  const stateLabel = (s: string) => workflow.machine.states[s]?.meta.label.vi ?? s;
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  writeHeader(ws, columns, [{ code: '_state', title: 'Trạng thái', width: 18 }, { code: '_updatedAt', title: 'Cập nhật lúc', width: 18 }]);
  const write = async () => {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await em.execute<{ data: Record<string, unknown>; state: string; updated_at: Date }[]>(
        `select data, state, updated_at from submission where ${sql.where} order by ${sql.orderBy} limit ? offset ?`, [...sql.params, PAGE, offset]);
      for (const r of rows) {
        const data = readableData(form, r.data, roles);
        const row = ws.addRow([...columns.map((c) => cellOf(c, data[c.code])), stateLabel(r.state), new Date(new Date(r.updated_at).getTime() + VN_OFFSET_MS)]);
        row.getCell(columns.length + 2).numFmt = 'dd/mm/yyyy hh:mm';
        row.commit();
      }
      if (rows.length < PAGE) break;
    }
    ws.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return { fileName: `${form.code}-${unit.code}.xlsx`, stream: out };
}
