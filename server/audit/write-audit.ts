// Writes one security event to the hash-chained audit log (SEC-1, SEC-4), inside the
// caller's transaction: the event and the change it records commit or roll back together.
// The chain (seq, prev_hash, hash) is filled by the database trigger.
import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../clock';

export interface AuditEvent {
  actorId?: string | null;
  actorName?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  /** Defaults to the server clock (injectable in tests). */
  at?: Date;
}

export async function writeAudit(em: EntityManager, event: AuditEvent): Promise<void> {
  await em.execute(
    `insert into audit_log (at, actor_id, actor_name, action, target_type, target_id, details, ip, prev_hash, hash)
     values (?::timestamptz, ?, ?, ?, ?, ?, ?::jsonb, ?, '', '')`,
    [
      (event.at ?? now()).toISOString(),
      event.actorId ?? null,
      event.actorName ?? null,
      event.action,
      event.targetType ?? null,
      event.targetId ?? null,
      JSON.stringify(event.details ?? {}),
      event.ip ?? null,
    ],
  );
}

/** The client address as the reverse proxy reports it, for the audit row. */
export function clientIp(req: { headers: Headers } | null | undefined): string | null {
  const fwd = req?.headers.get('x-forwarded-for');
  if (fwd) return fwd.split(',')[0].trim() || null;
  return req?.headers.get('x-real-ip') ?? null;
}
