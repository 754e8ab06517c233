/**
 * The compile-time flag that keeps one place's holiday table in a bundle or drops it: `IT/25/MI`
 * -> `SHIP_HOLIDAYS_IT_25_MI`. shipped.ts reads these; infra/bundling.ts defines them.
 */
export function shipFlag(placeOrId: string): string {
  return `SHIP_HOLIDAYS_${placeOrId.replaceAll(/[/-]/g, '_')}`;
}
