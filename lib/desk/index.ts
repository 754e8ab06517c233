export type { CustomerEntry, CustomerTerms, Desk, PriorityMatrix, SlaTimes, TierTerms } from './desk';
