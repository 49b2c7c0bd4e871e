// Everything the engine would otherwise take from the outside world (clock, ids,
// time zone) is passed in, so the same call gives the same answer in tests and in production.

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface EngineContext {
  /** The current instant, injected (never read from the clock inside engine/). */
  now: Date;
}
