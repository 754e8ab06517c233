import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { DEFAULT_CONTEXT, type DeskConfig, readDeskConfig } from '../../../infra/config';
import { buildDeskApp } from '../../../infra/desk-app';
import type { SupportDeskStack } from '../../../infra/support-desk-stack';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, where cdk.json lives. */
export const repoRoot = join(here, '..', '..', '..');
/** Small stand-in handlers, used until (and besides) issue-4's real ones. */
export const fixtureEntries = {
  ingestEntry: join(here, '..', 'fixtures', 'ingest-email.ts'),
  reminderEntry: join(here, '..', 'fixtures', 'send-reminder.ts'),
};

/** The context of cdk.json (feature flags and defaults), so tests see what `cdk synth` sees. */
export function cdkJsonContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')).context;
}

/** An App with cdk.json's context and bundling switched off (no esbuild in unit tests). */
export function testApp(): App {
  return new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
}

/** A validated configuration: the defaults, the fixture handlers and `overrides` (raw context values). */
export function testConfig(overrides: Record<string, unknown> = {}): DeskConfig {
  const context: Record<string, unknown> = { ...DEFAULT_CONTEXT, ...fixtureEntries, ...overrides };
  return readDeskConfig((key) => context[key], repoRoot);
}

/** Builds the desk app as infra/app.ts does (cdk-nag included), bundling off, and returns stack and template. */
export function synthDesk(overrides: Record<string, unknown> = {}): {
  stack: SupportDeskStack;
  template: Template;
} {
  const stack = buildDeskApp(testApp(), testConfig(overrides));
  return { stack, template: Template.fromStack(stack) };
}
