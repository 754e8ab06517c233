import type { RequiredField } from '../domain/vocabulary';
import type { Team } from './desk';
import { DeskConfigError } from './errors';
import type { DeskFile } from './schema';

/**
 * The desk file's teams, checked against its operators: every member and on-call address must be
 * one of operatorAddresses, because that list alone says who may act on a ticket (an operator
 * email is recognised and authenticated by it; teams route notices, they authorise nobody).
 */
export function teamsOf(file: DeskFile, operators: readonly string[], source: string): Map<string, Team> {
  const known = new Set(operators);
  const member = (address: string, field: string): string => {
    const lower = address.toLowerCase();
    if (!known.has(lower))
      throw new DeskConfigError(source, field, `${JSON.stringify(address)} is not one of operatorAddresses`);
    return lower;
  };
  const teams = new Map<string, Team>();
  for (const [name, team] of Object.entries(file.teams)) {
    teams.set(name, {
      name,
      operators: [...new Set(team.operators.map((a, i) => member(a, `teams.${name}.operators[${i}]`)))],
      requiredFields: [...new Set(team.requiredFields)],
      onCall: [...new Set(team.onCall.map((a, i) => member(a, `teams.${name}.onCall[${i}]`)))],
    });
  }
  return teams;
}

/**
 * The team new tickets go to: the one `intakeTeam` names, else the first team of the file; null
 * for a desk without teams. An `intakeTeam` with no teams, or naming none of them, is an error.
 */
export function intakeTeamOf(
  file: DeskFile,
  teams: ReadonlyMap<string, Team>,
  source: string,
): string | null {
  const named = file.intakeTeam;
  if (named === undefined) return [...teams.keys()][0] ?? null;
  if (!teams.has(named)) {
    const known = teams.size === 0 ? 'the desk has no teams' : `teams: ${[...teams.keys()].join(', ')}`;
    throw new DeskConfigError(source, 'intakeTeam', `unknown team ${JSON.stringify(named)} (${known})`);
  }
  return named;
}

/** What the intake asks of every request: the desk's fields, then the intake team's not already among them. */
export function intakeFields(
  deskFields: readonly RequiredField[],
  teams: ReadonlyMap<string, Team>,
  intakeTeam: string | null,
): RequiredField[] {
  const team = intakeTeam === null ? [] : (teams.get(intakeTeam)?.requiredFields ?? []);
  return [...new Set([...deskFields, ...team])];
}

/** The onCall of a team other than the intake team is never used: say so rather than ignore it. */
export function checkOnCall(
  teams: ReadonlyMap<string, Team>,
  intakeTeam: string | null,
  source: string,
): void {
  for (const team of teams.values()) {
    if (team.name !== intakeTeam && team.onCall.length > 0) {
      throw new DeskConfigError(
        source,
        `teams.${team.name}.onCall`,
        `only the intake team (${intakeTeam ?? 'none'}) has on-call addresses: urgent requests out of hours arrive as new tickets`,
      );
    }
  }
}
