import type { AWS_ENV, ENV } from '../../lib/env-names';

/** A variable the function cannot run without is missing or malformed: fails the cold start with one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;
type Name = (typeof ENV)[keyof typeof ENV] | (typeof AWS_ENV)[keyof typeof AWS_ENV];

/** The variable's value, or ConfigError naming it. */
export function required(env: Env, name: Name): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`environment variable ${name} is not set`);
  return value;
}

/** The variable's value, or undefined when unset or blank. */
export function optional(env: Env, name: Name): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A positive whole number, or `fallback` when unset; ConfigError naming the variable and value otherwise. */
export function positiveInteger(env: Env, name: Name, fallback: number): number {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(
      `environment variable ${name} must be a positive whole number, got ${JSON.stringify(text)}`,
    );
  }
  return value;
}

/** An http(s) URL, or undefined when unset; ConfigError naming the variable and value otherwise. */
export function optionalHttpUrl(env: Env, name: Name): URL | undefined {
  const text = optional(env, name);
  if (text === undefined) return undefined;
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new ConfigError(
      `environment variable ${name} must be an http or https URL, got ${JSON.stringify(text)}`,
    );
  }
  return url;
}
