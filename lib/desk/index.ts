export { customerTerms, findCustomer } from './customer-terms';
export { DEFAULT_DESK_FILE, defaultDesk } from './default-desk';
export type {
  ContractClause,
  CustomerEntry,
  CustomerTerms,
  Desk,
  PriorityMatrix,
  Retention,
  SlaTimes,
  Team,
  TierTerms,
} from './desk';
export { DeskConfigError, DeskError } from './errors';
export { parseDesk, parseDeskJson } from './parse-desk';
export { type DeskFile, deskSchemas } from './schema';
