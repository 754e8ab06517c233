import type { DeadlineExplanation } from './explain';

/** A deadline's explanation as the text `support-desk deadline --explain` prints (without --json). */

const minutesText = (minutes: number): string =>
  `${Number.isInteger(minutes) ? minutes : minutes.toFixed(2)} min`;

const list = (title: string, lines: readonly string[]): string[] =>
  lines.length === 0 ? [`${title}: none`] : [`${title}:`, ...lines.map((line) => `  ${line}`)];

/** The explanation in lines: the deadline, the counted intervals, business dates, skipped dates, pauses. */
export function explanationText(explanation: DeadlineExplanation): string {
  const total = explanation.counted.reduce((sum, interval) => sum + interval.minutes, 0);
  const lines = [
    `deadline: ${explanation.deadline}`,
    ...list(
      `counted: ${minutesText(total)} of open time in ${explanation.counted.length} interval(s)`,
      explanation.counted.map(({ from, to, minutes }) => `${from} to ${to}  ${minutesText(minutes)}`),
    ),
  ];
  if (explanation.businessDays) lines.push(...list('business days counted', explanation.businessDays));
  lines.push(
    ...list(
      'skipped (no open time)',
      explanation.skipped.map(({ date, reason, name }) => `${date} ${reason}${name ? `: ${name}` : ''}`),
    ),
    ...list(
      explanation.businessDays ? 'paused (pauses do not apply to business days)' : 'paused',
      explanation.paused.map(({ from, to }) => `${from} to ${to}`),
    ),
  );
  return lines.join('\n');
}
