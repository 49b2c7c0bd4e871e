// Effects are what a transition asks the server to do, as plain JSON-serialisable data:
// the engine never executes anything. The server runs them in (lock, stamp) or after
// (notify) the same transaction as the state change.
import type { RoleName } from '@/engine/access/actor';

/** Who a notification goes to; the server resolves accounts from the subject's unit. */
export type NotifyTarget =
  | 'submitter'
  | 'owner'
  | 'unit-approvers'
  | 'unit-data-entry'
  | 'parent-unit'
  | { role: RoleName; level?: string };

export type Effect =
  /** Freeze the data (no edits by the officer) until unlocked. */
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'notify'; to: NotifyTarget; template: string; event: string; state: string; comment?: string }
  /** The transition is valid only with this signature verified (WF-3); verify before commit. */
  | { type: 'requireSignature'; signature: string }
  /** Store the reason with the transition (WF-1 return-with-reason). */
  | { type: 'requireComment'; comment: string }
  /** Record that `level` approved, by whom and when (approval audit, WF-2). */
  | { type: 'stampApproval'; level: string; accountId: string; at: string };

export type EffectType = Effect['type'];
