'use client';
// Completeness tables: per child unit of the scope and per level (expected, received, approved,
// on time, late, rate bars), and the list of units still missing with their level and group.
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';
import { formatNumber } from './number-format';
import { RateBar } from './rate-bar';
import type { CompletenessJson, CompletenessUnit, Counts } from './types';
import table from './report-table.module.css';

const levelKey = (level: string) => `reports.level.${level}` as MessageKey;

function CountsTable({ caption, head, rows }: { caption: string; head: string; rows: { key: string; label: string; c: Counts }[] }) {
  const { t } = useI18n();
  const cols: [keyof Counts, MessageKey][] = [['expected', 'reports.c.expected'], ['received', 'reports.c.received'], ['approved', 'reports.c.approved'], ['onTime', 'reports.c.onTime'], ['late', 'reports.c.late'], ['missing', 'reports.c.missing']];
  return (
    <div className={table.scroll}>
      <table className={table.table}>
        <caption className={table.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {cols.map(([k, label]) => <th key={k} scope="col">{t(label)}</th>)}
            <th scope="col">{t('reports.c.receivedRate')}</th>
            <th scope="col">{t('reports.c.approvedRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {cols.map(([k]) => <td key={k} className={table.num}>{formatNumber(r.c[k] as number)}</td>)}
              <td><RateBar rate={r.c.receivedRate} label={`${t('reports.c.receivedRate')} – ${r.label}`} /></td>
              <td><RateBar rate={r.c.approvedRate} label={`${t('reports.c.approvedRate')} – ${r.label}`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ByUnitTable({ data }: { data: CompletenessJson }) {
  const { t } = useI18n();
  const rows = data.byUnit.map((g, i) => ({ key: g.unit?.id ?? `none-${i}`, label: g.unit?.name ?? t('reports.c.direct'), c: g }));
  return <CountsTable caption={t('reports.c.byUnit', { unit: data.unit.name })} head={t('reports.unit')} rows={rows} />;
}

export function ByLevelTable({ data }: { data: CompletenessJson }) {
  const { t } = useI18n();
  const rows = data.byLevel.map((g) => ({ key: g.level, label: t(levelKey(g.level)), c: g }));
  return <CountsTable caption={t('reports.c.byLevel')} head={t('reports.c.level')} rows={rows} />;
}

export function MissingTable({ units, groups }: { units: CompletenessUnit[]; groups: Map<string, string> }) {
  const { t } = useI18n();
  return (
    <div className={table.scroll}>
      <table className={table.table}>
        <caption className={table.caption}>{t('reports.c.missingList', { count: units.length })}</caption>
        <thead>
          <tr><th scope="col">{t('reports.c.code')}</th><th scope="col">{t('reports.unit')}</th><th scope="col">{t('reports.c.level')}</th><th scope="col">{t('reports.c.group')}</th></tr>
        </thead>
        <tbody>
          {units.length === 0 ? <tr><td colSpan={4}>{t('reports.c.noneMissing')}</td></tr> : units.map((u) => (
            <tr key={u.id}>
              <td>{u.code}</td><th scope="row">{u.name}</th><td>{t(levelKey(u.level))}</td><td>{u.groupId && u.groupId !== u.id ? groups.get(u.groupId) ?? '' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
