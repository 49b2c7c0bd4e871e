'use client';
// The files attached to a submission with field, size, time and a download link.
import { Empty, List } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDateTime } from '@/lib/i18n/format';
import type { AttachmentDto } from './types';

export function AttachmentList({ submissionId, items, titles }: { submissionId: string; items: AttachmentDto[]; titles: Record<string, string> }) {
  const { t } = useI18n();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approve.noAttachments')} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(a) => (
        <List.Item>
          <span>
            <PaperClipOutlined aria-hidden />{' '}
            <a href={`/api/v1/submissions/${submissionId}/attachments/${a.id}`} download={a.fileName}>{a.fileName}</a>
            {' · '}{titles[a.field] ?? a.field}{' · '}{Math.ceil(a.size / 1024)} KB{' · '}{formatDateTime(a.at)}
          </span>
        </List.Item>
      )}
    />
  );
}
