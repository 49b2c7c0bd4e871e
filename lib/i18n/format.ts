// Dates as Vietnamese officials write them: dd/MM/yyyy for civil dates and dd/MM/yyyy HH:mm
// for instants, always in Asia/Ho_Chi_Minh whatever the browser's or server's time zone.
export const VN_TZ = 'Asia/Ho_Chi_Minh';

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 'YYYY-MM-DD' (or an ISO instant) → 'dd/MM/yyyy'; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const civil = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (civil) return `${civil[3]}/${civil[2]}/${civil[1]}`;
  const full = formatDateTime(value);
  return full.slice(0, 10);
}

/** An ISO instant → 'dd/MM/yyyy HH:mm' in Vietnam time; empty for null or garbage. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(instantFormat.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today's civil date in Vietnam as 'YYYY-MM-DD'. */
export function vnToday(at: Date = new Date()): string {
  const parts = Object.fromEntries(instantFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
