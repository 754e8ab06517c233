import { DEFAULT_DESK_FILE, parseDesk } from '../../../lib/desk';
import type { Desk } from '../../../lib/desk/desk';
import { OPERATOR } from './fixtures';

export const DEVELOPER = 'dev@example.com';
export const LAWYER = 'legal@example.com';
export const ON_CALL = 'night@example.com';

/**
 * The default desk with three teams, as policy E has them: the first level (the default desk's
 * operator, new tickets go there, a night watch on call), developers needing the customer number
 * on top of the intake's fields, and legal needing nothing more.
 */
export const TEAM_DESK_FILE = {
  ...DEFAULT_DESK_FILE,
  operatorAddresses: [OPERATOR, DEVELOPER, LAWYER, ON_CALL],
  teams: {
    'first-level': { operators: [OPERATOR], onCall: [ON_CALL] },
    developers: {
      operators: [DEVELOPER],
      requiredFields: ['customerNumber', 'browser', 'screenshot', 'description'],
    },
    legal: { operators: [LAWYER, OPERATOR] },
  },
  intakeTeam: 'first-level',
};

export function teamDesk(): Desk {
  return parseDesk(TEAM_DESK_FILE, 'team desk');
}
