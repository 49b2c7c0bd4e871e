// Home of the workspace: who the user is, their unit, and the roles they hold with the unit
// subtree and domain each role covers.
import { redirect } from 'next/navigation';
import { Card, Descriptions, Empty, Tag } from 'antd';
import { serverT } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n';
import { currentUser } from '@/components/server/current-user';

export const dynamic = 'force-dynamic';

export default async function WorkspaceHome() {
  const me = await currentUser();
  if (!me) redirect('/dang-nhap');
  const t = await serverT();
  const unitText = (u: { code: string; name: string; level: string }) => `${u.name} (${u.code} · ${t(`level.${u.level}` as MessageKey)})`;
  const details = [
    { key: 'account', label: t('home.account'), children: me.username },
    { key: 'unit', label: t('home.unit'), children: unitText(me.unit) },
    ...(me.title ? [{ key: 'title', label: t('home.title'), children: me.title }] : []),
    ...(me.email ? [{ key: 'email', label: t('home.email'), children: me.email }] : []),
    ...(me.phone ? [{ key: 'phone', label: t('home.phone'), children: me.phone }] : []),
  ];
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 960 }}>
      <h1 style={{ margin: 0, fontSize: 24 }}>{t('home.welcome', { name: me.fullName })}</h1>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" items={details} />
      </Card>
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('home.roles')}</h2>}>
        {me.roles.length === 0 ? (
          <Empty description={t('home.noRoles')} />
        ) : (
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr style={{ textAlign: 'left', background: '#fafafa' }}>
                <th style={{ padding: 8 }}>{t('home.role')}</th>
                <th style={{ padding: 8 }}>{t('home.scope')}</th>
                <th style={{ padding: 8 }}>{t('home.domain')}</th>
              </tr>
            </thead>
            <tbody>
              {me.roles.map((r) => (
                <tr key={r.id} style={{ borderTop: '1px solid #f0f0f0' }}>
                  <td style={{ padding: 8 }}><Tag color="red">{t(`role.${r.role}` as MessageKey)}</Tag></td>
                  <td style={{ padding: 8 }}>{unitText(r.unit)}</td>
                  <td style={{ padding: 8 }}>{r.domain ? t(`domain.${r.domain}` as MessageKey) : t('home.allDomains')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
