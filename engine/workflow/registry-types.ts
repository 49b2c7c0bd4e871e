// Shapes of registry entries and the helpers that build them. An entry's params schema is
// used three ways: the import check (errors with pointers), the runtime (typed params)
// and a future editor (forms for params), so the three can never disagree.
import type { z } from 'zod';
import type { RoleGrant } from '@/engine/access/actor';
import type { NamedRef } from '@/engine/definitions/workflow';
import type { GuardEnv } from './context';
import type { Effect } from './effects';

export interface Text { vi: string; en: string }

interface EntryBase { name: string; description: Text; params: z.ZodType }

/** Conditions on one role grant of the actor; inside allOf they must all hold for the same grant. */
export interface GrantGuard extends EntryBase { kind: 'guard'; scope: 'grant'; test(params: unknown, env: GuardEnv, grant: RoleGrant): boolean }
/** Conditions on the actor as a whole, the subject, the event or the clock. */
export interface SubjectGuard extends EntryBase { kind: 'guard'; scope: 'subject'; test(params: unknown, env: GuardEnv): boolean }
/** allOf / anyOf / not over nested guard refs. */
export interface CombinatorGuard extends EntryBase { kind: 'guard'; scope: 'combinator'; combine: 'all' | 'any' | 'not'; children(params: unknown): NamedRef[] }
export type GuardEntry = GrantGuard | SubjectGuard | CombinatorGuard;

/** What an action sees besides its params: the step being taken. */
export interface StepInfo { event: string; state: string }
export interface ActionEntry extends EntryBase { kind: 'action'; produce(params: unknown, env: GuardEnv, step: StepInfo): Effect }
export type RegistryEntry = GuardEntry | ActionEntry;

const emptyParams = (params: unknown): unknown => params ?? {};

export function grantGuard<S extends z.ZodType>(name: string, description: Text, params: S, test: (p: z.infer<S>, env: GuardEnv, grant: RoleGrant) => boolean): GrantGuard {
  return { name, kind: 'guard', scope: 'grant', description, params, test: (p, env, grant) => test(params.parse(emptyParams(p)), env, grant) };
}

export function subjectGuard<S extends z.ZodType>(name: string, description: Text, params: S, test: (p: z.infer<S>, env: GuardEnv) => boolean): SubjectGuard {
  return { name, kind: 'guard', scope: 'subject', description, params, test: (p, env) => test(params.parse(emptyParams(p)), env) };
}

export function action<S extends z.ZodType>(name: string, description: Text, params: S, produce: (p: z.infer<S>, env: GuardEnv, step: StepInfo) => Effect): ActionEntry {
  return { name, kind: 'action', description, params, produce: (p, env, step) => produce(params.parse(emptyParams(p)), env, step) };
}
