/** Business time as hours and minutes ("1h 05m", "45m"): business hours, not clock hours. */
export function businessHours(ms: number | null): string {
  if (ms === null) return '-';
  const total = Math.round(ms / 60_000);
  const [h, m] = [Math.floor(total / 60), total % 60];
  return h === 0 ? `${m}m` : `${h}h ${String(m).padStart(2, '0')}m`;
}
