// Public surface of the workflow engine: the pure step function, the queries for buttons
// and inboxes, the snapshot helpers and the registry (for the loader and the editor).
export type { WorkflowContext, WorkflowEvent, WorkflowSubject, UnitAncestor, GuardEnv } from './context';
export type { Effect, EffectType, NotifyTarget } from './effects';
export { transition, type RefusalCode, type TransitionResult } from './transition';
export { allowedEvents, stateInfo, type AllowedEvent, type StateInfo } from './allowed-events';
export { initialSnapshot, persistSnapshot, restoreSnapshot, type WorkflowSnapshot } from './machine';
export { GUARDS, ACTIONS_REGISTRY, WORKFLOW_REGISTRY, GUARD_BY_NAME, ACTION_BY_NAME } from './registry';
export type { ActionEntry, GuardEntry, RegistryEntry, Text } from './registry-types';
export { evaluateGuard } from './evaluate-guard';
export { checkWorkflowSemantics } from './check-definition';
