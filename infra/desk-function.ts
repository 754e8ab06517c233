import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lib/env-names';
import { BUNDLED_DESK_FILE, LAMBDA_RUNTIME, nodejsBundling } from './bundling';

/** Properties of one of the desk's Lambda functions. */
export interface DeskFunctionProps {
  /** TypeScript entry file exporting `handler`. */
  readonly entry: string;
  /** What the function does, shown in the Lambda console. */
  readonly description: string;
  /** Desk JSON copied into the bundle; undefined = the embedded default desk. */
  readonly deskFile?: string;
  /** Where asynchronous invocations go once their retries are exhausted. */
  readonly failureQueue: sqs.IQueue;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** Environment variables beyond DESK_CONFIG_PATH; names come from lib/env-names.ts. */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * A NodejsFunction bundled as the desk ships it (Node.js 24, arm64, minified ESM with source maps),
 * with its own role and log group so that it holds nothing beyond what grants give it.
 */
export class DeskFunction extends Construct {
  /** The function itself; grant to `function.role` through the resources' grant methods. */
  readonly function: NodejsFunction;
  /** Where the function logs (kept three months). */
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: DeskFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS });
    // An own role instead of the default one: AWSLambdaBasicExecutionRole would allow writing to every log group.
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup: this.logGroup,
      bundling: nodejsBundling(props.deskFile),
      environment: {
        ...props.environment,
        ...deskEnvironment(props.deskFile),
        // Without this the shipped source maps are never read: stack traces would point into minified code.
        NODE_OPTIONS: '--enable-source-maps',
      },
      // Lambda retries failed asynchronous events twice, then hands them to the failure queue;
      // handlers are idempotent on the SES messageId, so a retry never doubles a ticket.
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(props.failureQueue),
    });
  }
}

function deskEnvironment(deskFile: string | undefined): Record<string, string> {
  return deskFile === undefined ? {} : { [ENV.deskConfigPath]: BUNDLED_DESK_FILE };
}
