'use client';
// The reports home: the templates the caller can read, grouped by domain, under one parameter
// bar; each link opens the report with those parameters. Links to completeness and dashboard.
import { useState } from 'react';
import Link from 'next/link';
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';
import { ReportPickers } from './report-pickers';
import { defaultPeriod, reportPage } from './report-params';
import { titleOf, type ReportParams, type TemplateItem } from './types';
import styles from './reports.module.css';

const DOMAINS = ['giam-ngheo', 'dan-toc', 'noi-vu'];

export function ReportIndex({ items }: { items: TemplateItem[] }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useState<ReportParams>({ period: '', unit: '', date: '', state: 'approved' });
  const domains = [...new Set(items.map((i) => i.domain ?? ''))].sort((a, b) => (DOMAINS.indexOf(a) + 1 || 99) - (DOMAINS.indexOf(b) + 1 || 99));
  const domainLabel = (d: string) => (DOMAINS.includes(d) ? t(`reports.domain.${d}` as MessageKey) : d || t('reports.domain.other'));
  return (
    <div className={styles.page}>
      <h1 className={styles.h1}>{t('reports.title')}</h1>
      <p className={styles.lead}>{t('reports.intro')}</p>
      <nav className={styles.links} aria-label={t('reports.more')}>
        <Link href="/app/bao-cao/tien-do">{t('reports.completeness.title')}</Link>
        <Link href="/app/bao-cao/tong-quan">{t('reports.dashboard.title')}</Link>
      </nav>
      <ReportPickers value={params} onChange={setParams} />
      <p className={styles.hint}>{t('reports.periodHint')}</p>
      {items.length === 0 ? <p>{t('reports.none')}</p> : domains.map((d) => (
        <section key={d} aria-labelledby={`domain-${d}`} className={styles.domain}>
          <h2 id={`domain-${d}`} className={styles.h2}>{domainLabel(d)}</h2>
          <ul className={styles.cards}>
            {items.filter((i) => (i.domain ?? '') === d).map((i) => (
              <li key={i.code} className={styles.card}>
                <Link href={reportPage(i.code, { ...params, period: params.period || defaultPeriod(i.periodType) })} className={styles.cardTitle}>
                  {titleOf(i.title, lang)}
                </Link>
                <div className={styles.meta}>
                  {i.code} · {t('reports.columns', { count: i.columns })} · {t('reports.defaultPeriod', { period: params.period || defaultPeriod(i.periodType) })}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
