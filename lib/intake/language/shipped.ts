/** Which of eld's databases the desk ships (cut down to its languages by generate.ts), and where. */
export const SHIPPED_ELD_DATABASE = {
  size: 'small',
  file: 'data/eld-small-it-en.ts',
  exportName: 'ELD_SMALL_IT_EN_JSON',
} as const;
