/**
 * The business-time engine: calendar files in, deadlines out (CONTRACT sections 1-2).
 * Everything other areas may use is exported here; the modules behind it are internal.
 */
export type { BusinessDuration } from './business-duration';
export { parseBusinessDuration } from './business-duration';
export { type ClosureAhead, closureAhead } from './closures';
export type { Calendar } from './compiled-calendar';
export { holidayPlacesOf, timeZonesOf } from './compiled-calendar';
export {
  addBusinessTime,
  addOpenTime,
  businessTimeBetween,
  formatInZone,
  isOpen,
  nextOpening,
} from './deadlines';
export {
  BusinessDurationError,
  CalendarConfigError,
  CalendarError,
  CalendarNeverOpensError,
  InstantSyntaxError,
} from './errors';
export type { CountedInterval, DeadlineExplanation, PausedSpan, SkippedDate } from './explain';
export { explainDeadline } from './explain';
export { explanationText } from './explanation-text';
export { parseIsoInstant } from './instant-text';
export { parseCalendar } from './parse-calendar';
export { calendarFromSnapshot, calendarSnapshot } from './snapshot';
