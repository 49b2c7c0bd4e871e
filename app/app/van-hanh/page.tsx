// The operator page (OPS-1, OPS-2): what /api/health reports, for system administrators only.
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { isSystemAdmin } from '@/engine/access/scope';
import { loadOperations } from '@/components/operations/load-operations';
import { OperationsStatus } from '@/components/operations/operations-status';

export const dynamic = 'force-dynamic';

export default async function OperationsPage() {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  if (!isSystemAdmin(ctx.actor)) redirect('/app');
  return <OperationsStatus status={await loadOperations(ctx.em, ctx.now)} />;
}
