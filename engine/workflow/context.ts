// What a workflow step needs from the outside, resolved by the server before the call:
// the clock, the subject (unit tree on the data's date, owner, data, validation result,
// domain, period) and the event. Guards are pure functions of these and the actor.
import type { EngineContext } from '@/engine/core/context';
import type { Actor, RoleGrant, UnitRef } from '@/engine/access/actor';
import type { PeriodDefinition } from '@/engine/definitions/period';

/** One ancestor of the subject's unit on the data's date. */
export interface UnitAncestor { id: string; level: string }

export interface WorkflowSubject {
  /** The submission's (or record's) unit, with ancestorIds as of the data's date. */
  unit: UnitRef;
  /**
   * The unit's ancestors with their levels on the data's date, root first (same order as
   * unit.ancestorIds). Needed by unitTreeHasLevel and actorInSubtreeOfAncestor; [] if absent.
   */
  ancestors?: ReadonlyArray<UnitAncestor>;
  /** Account that owns the record (a person's own record) or submitted it; null if none. */
  ownerAccountId?: string | null;
  /** The submitted data, as json-logic `rule` guards see it. */
  data: unknown;
  /** Number of error-severity validation findings on the data (noBlockingErrors). */
  blockingErrors: number;
  /** The form's domain (e.g. 'health') or null; role grants limited to a domain must match it. */
  domain: string | null;
  /** The period of the submission, for withinWindow without an inline window. */
  period?: { definition: PeriodDefinition; key: string } | null;
}

export interface WorkflowContext extends EngineContext {
  now: Date;
  subject: WorkflowSubject;
}

/** An event sent by a user: its type plus what some transitions require. */
export interface WorkflowEvent {
  type: string;
  /** Reason for a return/reject/unapprove (requireComment, commentPresent). */
  comment?: string;
  /** Detached digital signature (ký số, WF-3) over the data; the server verifies it before commit. */
  signature?: string;
}

/** Everything a guard or action sees. `grants` is narrowed inside allOf (one grant must satisfy every actor condition). */
export interface GuardEnv {
  actor: Actor;
  grants: ReadonlyArray<RoleGrant>;
  ctx: WorkflowContext;
  event: WorkflowEvent;
  /** allowedEvents asks before a comment exists: commentPresent then counts as satisfied. */
  assumeComment: boolean;
}

export const hasComment = (event: WorkflowEvent): boolean => typeof event.comment === 'string' && event.comment.trim() !== '';
