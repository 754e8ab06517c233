import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { DeskConfig } from './config';
import { SupportDeskStack } from './support-desk-stack';

/** Adds the desk's stack to `app` and checks it with cdk-nag's AwsSolutions pack at synthesis. */
export function buildDeskApp(app: App, config: DeskConfig): SupportDeskStack {
  const stack = new SupportDeskStack(app, config.stackName, {
    config,
    // Region only: no account, no lookups, so that synthesis needs no AWS credentials.
    env: config.region === undefined ? undefined : { region: config.region },
    description: `support-desk for ${config.supportAddress}`,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
