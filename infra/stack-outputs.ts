import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/** One stack output: its value and what it is. */
export interface OutputSpec {
  readonly value: string;
  readonly description: string;
}

/**
 * Emits each output with its key as its logical id, no generated suffix: the CLI and the
 * operators' scripts read outputs by key (lib/stack-outputs.ts), so a key must never move with
 * the construct tree. Outputs are made in the stack itself, where CDK keeps an id as it is.
 */
export function addStableOutputs(scope: Construct, outputs: Readonly<Record<string, OutputSpec>>): void {
  const stack = Stack.of(scope);
  for (const [key, { value, description }] of Object.entries(outputs)) {
    new CfnOutput(stack, key, { value, description }).overrideLogicalId(key);
  }
}
