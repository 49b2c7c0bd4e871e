'use client';
// The approver's detail view: who sent what for which period, the actions allowed now, the
// data as the read-only form with the rule results beside the fields, the changes since the
// last approval, the attachments and the history timeline.
import { useMemo } from 'react';
import Link from 'next/link';
import { Alert, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDateTime } from '@/lib/i18n/format';
import { EntryForm } from '@/components/forms/entry-form';
import type { EntryContext } from '@/components/forms/entry-context';
import { errorSchemaOf, fieldKey, rjsfId, warningsById } from '@/components/forms/field-paths';
import { IssueSummary } from '@/components/forms/issue-summary';
import { periodLabel } from '@/components/inbox/period-label';
import { AttachmentList } from './attachment-list';
import { DiffTable } from './diff-table';
import { EventActions } from './event-actions';
import { schemaTitles } from './flatten';
import { HistoryTimeline } from './history-timeline';
import { textOf } from './types';
import { useSubmission } from './use-submission';

const noop = () => undefined;

export function SubmissionDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useSubmission(id, t('common.error'));
  const ctx = useMemo<EntryContext | null>(() => data && ({
    lang, readOnly: true, hidden: new Set(data.sub.hidden.map(rjsfId)),
    computed: new Set((data.form.rules?.computed ?? []).map((c) => fieldKey(c.field))),
    warnings: warningsById(data.sub.issues), explanations: data.sub.explanations, onExplain: noop,
  }), [data, lang]);
  const titles = useMemo(() => (data ? schemaTitles(data.form.schema, data.sub.data) : {}), [data]);
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data || !ctx) return <Skeleton active />;
  const { sub } = data;

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Link href="/app/phe-duyet"><ArrowLeftOutlined aria-hidden /> {t('approve.back')}</Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{textOf(sub.form.title, lang)}</Typography.Title>
      <Space wrap size={[16, 8]}>
        <span>{t('approve.unit')}: <strong>{sub.unit.name}</strong></span>
        {sub.periodKey ? <span>{t('approve.period')}: <strong>{periodLabel(sub.periodKey, t)}</strong></span> : null}
        <Tag color={sub.status === 'approved' ? 'green' : sub.status === 'returned' ? 'red' : 'blue'} data-testid="detail-state">{textOf(sub.stateLabel, lang) || sub.state}</Tag>
        {sub.changedSinceApproval ? <Tag color="orange">{t('approve.changed')}</Tag> : null}
        {sub.submittedAt ? <span>{t('approve.submittedAt')}: {formatDateTime(sub.submittedAt)}</span> : null}
        {sub.editable && sub.kind === 'report' && sub.periodKey ? (
          <Link href={`/app/nhap-lieu/${encodeURIComponent(sub.form.code)}/${encodeURIComponent(sub.unit.code)}/${encodeURIComponent(sub.periodKey)}`}>{t('approve.openEntry')}</Link>
        ) : null}
      </Space>
      <Card size="small" title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('approve.actions')}</h2>}>
        <EventActions sub={sub} onDone={() => void reload()} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15} style={{ display: 'grid', gap: 16, alignContent: 'start' }}>
          <IssueSummary issues={sub.issues} titles={titles} />
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('approve.data')}</h2>}>
            <EntryForm form={data.form} formData={sub.data} ctx={ctx} extraErrors={errorSchemaOf(sub.issues, lang)} onChange={noop} />
          </Card>
        </Col>
        <Col xs={24} lg={9} style={{ display: 'grid', gap: 16, alignContent: 'start' }}>
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('approve.diff.title')}</h2>}>
            <DiffTable diff={sub.diffSinceApproval} titles={titles} />
          </Card>
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('approve.attachments')}</h2>}>
            <AttachmentList submissionId={sub.id} items={sub.attachments} titles={titles} />
          </Card>
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('approve.history.title')}</h2>}>
            <HistoryTimeline items={data.history} events={data.events} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
