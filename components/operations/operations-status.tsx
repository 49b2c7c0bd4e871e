'use client';
// The operator's view of system health (OPS-1, OPS-2): one line per component with a coloured
// state, the backup age against its alarm threshold and the last restore test's verdict.
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useRouter } from 'next/navigation';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/components/providers/i18n-context';
import type { OperationsDto } from './load-operations';

export function OperationsStatus({ status }: { status: OperationsDto }) {
  const { t } = useI18n();
  const router = useRouter();
  const stale = status.lastBackupAgeHours === null || status.lastBackupAgeHours > status.staleAfterHours;
  const restore = status.lastRestoreTestOk === null
    ? <Tag>{t('operations.never')}</Tag>
    : <Tag color={status.lastRestoreTestOk ? 'green' : 'red'}>{t(status.lastRestoreTestOk ? 'operations.restoreOk' : 'operations.restoreFailed')}</Tag>;
  return (
    <Card
      title={t('operations.title')}
      extra={<Button onClick={() => router.refresh()}>{t('operations.refresh')}</Button>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('operations.subtitle')}</Typography.Text>
        <Descriptions bordered column={1} size="middle" data-testid="operations-status">
          <Descriptions.Item label={t('operations.db')}>
            <Tag color={status.db === 'ok' ? 'green' : 'red'}>{t(status.db === 'ok' ? 'operations.ok' : 'operations.unreachable')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('operations.jobs')}>
            <Tag color={status.jobs === 'ok' ? 'green' : 'orange'}>{t(status.jobs === 'ok' ? 'operations.ok' : 'operations.off')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('operations.lastBackup')}>
            {status.lastBackupAt ? formatDateTime(status.lastBackupAt) : t('operations.never')}
          </Descriptions.Item>
          <Descriptions.Item label={t('operations.backupAge')}>
            <Space>
              {status.lastBackupAgeHours !== null && <span>{t('operations.hours', { n: status.lastBackupAgeHours })}</span>}
              {stale && <Tag color="red">{t('operations.stale', { n: status.staleAfterHours })}</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('operations.lastRestoreTest')}>
            <Space>
              {restore}
              {status.lastRestoreTestAt && <span>{formatDateTime(status.lastRestoreTestAt)}</span>}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{t('operations.checkedAt', { at: formatDateTime(status.checkedAt) })}</Typography.Text>
      </Space>
    </Card>
  );
}
