import type { Desk } from './desk';
import { parseDesk } from './parse-desk';

const splitShift = ['09:00-13:00', '14:30-18:30'];

/** The default desk of CONTRACT section 6, as a desk file: policy D's SLA, policy A's fields, policy C's matrix. */
export const DEFAULT_DESK_FILE = {
  name: 'default',
  supportAddresses: ['support@example.com'],
  operatorAddresses: ['operators@example.com'],
  calendars: {
    rome: {
      timeZone: 'Europe/Rome',
      hours: { mon: splitShift, tue: splitShift, wed: splitShift, thu: splitShift, fri: splitShift },
      holidays: { country: 'IT' },
    },
  },
  tiers: {
    standard: {
      sla: {
        P1: { takeCharge: '1h', resolution: '1d' },
        P2: { takeCharge: '4h', resolution: '2d' },
        P3: { takeCharge: '8h', resolution: '5d' },
        P4: { takeCharge: '16h', resolution: '30d' },
      },
    },
  },
  requiredFields: ['detectedAt', 'url', 'description', 'screenshot', 'browser'],
  languages: ['it', 'en'],
  fallbackLanguage: 'it',
  noContract: { tier: 'standard', bestEffort: false },
} as const;

let cached: Desk | undefined;

/** The embedded default desk (CONTRACT section 6), compiled once. */
export function defaultDesk(): Desk {
  cached ??= parseDesk(DEFAULT_DESK_FILE, 'default desk');
  return cached;
}
