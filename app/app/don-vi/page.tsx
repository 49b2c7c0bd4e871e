// Administrative units for administrators: the tree on any date, search, detail and handover.
import { redirect } from 'next/navigation';
import { vnToday } from '@/lib/i18n/format';
import { currentUser } from '@/components/server/current-user';
import { isAdmin } from '@/components/api/dto';
import { UnitBrowser } from '@/components/units/unit-browser';

export const dynamic = 'force-dynamic';

export default async function UnitsPage() {
  const me = await currentUser();
  if (!me) redirect('/dang-nhap');
  if (!isAdmin(me)) redirect('/app');
  return <UnitBrowser today={vnToday()} />;
}
