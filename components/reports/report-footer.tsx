'use client';
// Around the report table: the line stating which unit tree (date) the figures were drawn on
// and how many facts came through succession links or stayed unallocated; notes and signatures.
import { useI18n } from '@/components/providers/i18n-context';
import { formatDate } from '@/lib/i18n/format';
import { formatNumber } from './number-format';
import { titleOf, type ReportJson } from './types';
import styles from './reports.module.css';

export function TreeLine({ report }: { report: ReportJson }) {
  const { t } = useI18n();
  const { tree, period } = report;
  return (
    <p className={styles.treeLine} data-testid="tree-line">
      {t('reports.treeLine', { date: formatDate(tree.date), facts: formatNumber(tree.facts), mapped: formatNumber(tree.mappedFacts), unallocated: formatNumber(tree.unallocatedFacts) })}
      {' '}
      {t('reports.periodLine', { period: period.key ?? '', ref: formatDate(period.referenceDate) })}
    </p>
  );
}

export function ReportFooter({ report }: { report: ReportJson }) {
  const { t, lang } = useI18n();
  return (
    <footer className={styles.footer}>
      {report.notes.length > 0 ? (
        <section aria-label={t('reports.notes')}>
          <h2 className={styles.h3}>{t('reports.notes')}</h2>
          <ul className={styles.notes}>{report.notes.map((n, i) => <li key={i}>{titleOf(n, lang)}</li>)}</ul>
        </section>
      ) : null}
      {report.signatures.length > 0 ? (
        <div className={styles.signatures}>
          {report.signatures.map((s, i) => (
            <div key={i} className={styles.signature}>
              <strong>{titleOf(s, lang)}</strong>
              <span>{t('reports.signHint')}</span>
            </div>
          ))}
        </div>
      ) : null}
    </footer>
  );
}
