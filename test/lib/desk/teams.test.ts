import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE, DeskConfigError, defaultDesk, parseDesk } from '../../../lib/desk';
import { TEAM_DESK_FILE, teamDesk } from '../tickets/team-desk';

function errorOf(input: unknown): string {
  try {
    parseDesk(input, 'desk.json');
  } catch (error) {
    if (error instanceof DeskConfigError) return error.message;
    throw error;
  }
  return 'no error';
}

const withTeams = (patch: Record<string, unknown>) => ({ ...TEAM_DESK_FILE, ...patch });

describe('teams in the desk file', () => {
  it('loads a desk without teams as before: no teams, no intake team, the same required fields', () => {
    const desk = defaultDesk();
    expect(desk.teams.size).toBe(0);
    expect(desk.intakeTeam).toBeNull();
    expect(desk.requiredFields).toEqual(DEFAULT_DESK_FILE.requiredFields);
  });

  it('compiles teams with lower-case operators, their fields and the intake team', () => {
    const desk = parseDesk(
      withTeams({
        operatorAddresses: ['Anna@Example.com', 'dev@example.com'],
        teams: {
          first: { operators: ['ANNA@example.com'], onCall: ['anna@example.com'] },
          second: { operators: ['dev@example.com', 'anna@example.com'], requiredFields: ['customerNumber'] },
        },
        intakeTeam: 'first',
      }),
    );
    expect(desk.intakeTeam).toBe('first');
    expect(desk.teams.get('first')).toEqual({
      name: 'first',
      operators: ['anna@example.com'],
      requiredFields: [],
      onCall: ['anna@example.com'],
    });
    expect(desk.teams.get('second')?.operators).toEqual(['dev@example.com', 'anna@example.com']);
  });

  it('takes the first team as intake team when none is named', () => {
    const { intakeTeam: _, ...file } = TEAM_DESK_FILE;
    expect(parseDesk(file).intakeTeam).toBe('first-level');
  });

  it("asks at intake for the intake team's fields as well as the desk's", () => {
    const desk = parseDesk(
      withTeams({
        requiredFields: ['description'],
        teams: { first: { operators: ['operators@example.com'], requiredFields: ['customerNumber'] } },
        intakeTeam: 'first',
      }),
    );
    expect(desk.requiredFields).toEqual(['description', 'customerNumber']);
  });

  it('leaves what only another team requires out of the intake', () => {
    expect(teamDesk().requiredFields).toEqual(DEFAULT_DESK_FILE.requiredFields);
  });

  it.each([
    [
      'a team naming an address that is not an operator',
      withTeams({ teams: { first: { operators: ['mallory@example.com'] } }, intakeTeam: 'first' }),
      'desk.json: teams.first.operators[0]: "mallory@example.com" is not one of operatorAddresses',
    ],
    [
      'an on-call address that is not an operator',
      withTeams({
        teams: { first: { operators: ['operators@example.com'], onCall: ['pager@example.com'] } },
        intakeTeam: 'first',
      }),
      'desk.json: teams.first.onCall[0]: "pager@example.com" is not one of operatorAddresses',
    ],
    [
      'an unknown intake team',
      withTeams({ intakeTeam: 'support' }),
      'desk.json: intakeTeam: unknown team "support" (teams: first-level, developers, legal)',
    ],
    [
      'an intake team on a desk without teams',
      { ...DEFAULT_DESK_FILE, intakeTeam: 'support' },
      'desk.json: intakeTeam: unknown team "support" (the desk has no teams)',
    ],
    [
      'on-call addresses on a team that is not the intake team',
      withTeams({
        teams: {
          first: { operators: ['operators@example.com'] },
          second: { operators: ['operators@example.com'], onCall: ['operators@example.com'] },
        },
        intakeTeam: 'first',
      }),
      'desk.json: teams.second.onCall: only the intake team (first) has on-call addresses',
    ],
    [
      'a team without operators',
      withTeams({ teams: { first: { operators: [] } }, intakeTeam: 'first' }),
      'desk.json: teams.first.operators:',
    ],
    [
      'an unknown field of a team',
      withTeams({ teams: { first: { operators: ['operators@example.com'], lead: 'x' } } }),
      'desk.json: teams.first.lead: unknown field',
    ],
    [
      'an unknown required field',
      withTeams({ teams: { first: { operators: ['operators@example.com'], requiredFields: ['phone'] } } }),
      'desk.json: teams.first.requiredFields[0]:',
    ],
    [
      'a team name of two words',
      withTeams({ teams: { 'second level': { operators: ['operators@example.com'] } } }),
      'desk.json: teams',
    ],
  ])('refuses %s in one line', (_name, input, message) => {
    const error = errorOf(input);
    expect(error.startsWith(message)).toBe(true);
    expect(error.split('\n')).toHaveLength(1);
  });
});
