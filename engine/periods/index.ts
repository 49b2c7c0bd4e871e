// Public surface of the period engine: keys, ranges, lookup by date, status notions and
// approval windows. Everything takes the instant from the caller (ctx.now), never the clock.
export * from './civil-date';
export * from './period-key';
export { type CalendarType, type DateRange } from './calendar';
export * from './resolve';
export * from './status';
export * from './window';
export * from './open-periods';
export { checkPeriodSemantics } from './check-definition';
