/** An n-gram database in eld's format: `ngrams[ngram][languageIndex]` is a score; `languages` names the indexes. */
export interface EldDatabase {
  readonly type: string;
  readonly languages: Readonly<Record<string, string>>;
  readonly isSubset?: boolean;
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** What eld's detect() returns. */
export interface EldResult {
  readonly language: string;
  getScores(): Record<string, number>;
  isReliable(thresholdRatio?: number): boolean;
}

/** One eld detector with its own database and language subset. */
export interface EldInstance {
  detect(text: string): EldResult;
  setLanguageSubset(languages: string[] | false): Record<number, string>;
}

/** A new eld detector with no database, and the hook its static entries use to load one. */
export function createEld(): { instance: EldInstance; loadData(data: EldDatabase): string };
