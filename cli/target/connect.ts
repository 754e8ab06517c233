import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESClient } from '@aws-sdk/client-ses';
import { readStoredDesk } from '../../lib/aws/desk-config-item';
import { type DeskPorts, type DeskResources, deskPorts } from '../../lib/aws/desk-ports';
import { type PendingSchedule, pendingSchedules } from '../../lib/aws/scheduler-listing';
import { sdkDynamoDb } from '../../lib/aws/sdk/dynamodb-api';
import { sdkScheduler } from '../../lib/aws/sdk/scheduler-api';
import { sdkSes } from '../../lib/aws/sdk/ses-api';
import { isTransient, sdkErrorName } from '../../lib/aws/sdk-errors';
import type { TableRef } from '../../lib/aws/ticket-table';
import { type SdkConfig, sdkConfig } from './sdk-config';
import { resourcesFromOutputs, type StackOutputs } from './stack-resources';
import { localDeskNotRunning, TargetError } from './target-error';
import type { DeskTarget } from './target-options';

type Env = Readonly<Record<string, string | undefined>>;

/** A desk a command works on: its resources, its production adapters, and a way to let go of them. */
export interface ConnectedDesk {
  readonly target: DeskTarget;
  /** The region the SDK resolved, for messages. */
  readonly region: string;
  readonly outputs: StackOutputs;
  readonly resources: DeskResources;
  readonly ports: DeskPorts;
  /** The desk's pending reminder schedules whose names start with the prefix, earliest first. */
  pendingSchedules(namePrefix?: string): Promise<PendingSchedule[]>;
  readonly table: TableRef;
  close(): void;
}

/** How long the local desk may take to answer before it counts as not running. */
const LOCAL_PROBE_MS = 1_500;

/**
 * The CLI's composition root: the stack's outputs from CloudFormation, the desk configuration
 * the desk runs with from its table, and the same adapters the Lambda functions build.
 */
export async function connectDesk(target: DeskTarget, env: Env): Promise<ConnectedDesk> {
  const config = sdkConfig(target, env);
  const cloudFormation = new CloudFormationClient(config);
  const region = await resolvedRegion(cloudFormation, target);
  const where = `stack '${target.stackName}' in region ${region}`;
  let outputs: StackOutputs;
  try {
    outputs = await stackOutputs(cloudFormation, target, where);
  } finally {
    cloudFormation.destroy();
  }
  const resources = resourcesFromOutputs(target.stackName, outputs);
  return adaptersFor(target, config, region, outputs, resources, where);
}

async function adaptersFor(
  target: DeskTarget,
  config: SdkConfig,
  region: string,
  outputs: StackOutputs,
  resources: DeskResources,
  where: string,
): Promise<ConnectedDesk> {
  // The SDK's clients: the CLI's credentials come from its provider chain (profiles, SSO).
  const sdk = {
    dynamoDb: new DynamoDBClient(config),
    ses: new SESClient(config),
    scheduler: new SchedulerClient(config),
  };
  const clients = {
    dynamoDb: sdkDynamoDb(sdk.dynamoDb),
    ses: sdkSes(sdk.ses),
    scheduler: sdkScheduler(sdk.scheduler),
  };
  const close = () => {
    for (const client of Object.values(sdk)) client.destroy();
  };
  const table = { client: clients.dynamoDb, tableName: resources.tableName };
  try {
    const desk = await readStoredDesk(table);
    if (desk === null) {
      throw new TargetError(
        `${where} holds no desk configuration in table ${resources.tableName}: deploy it with this version of support-desk`,
      );
    }
    const ports = deskPorts(clients, resources, desk);
    const pending = (prefix?: string) =>
      pendingSchedules(sdk.scheduler, resources.reminders.groupName, prefix);
    return { target, region, outputs, resources, ports, pendingSchedules: pending, table, close };
  } catch (error) {
    close();
    throw error;
  }
}

async function resolvedRegion(client: CloudFormationClient, target: DeskTarget): Promise<string> {
  try {
    return await client.config.region();
  } catch {
    throw new TargetError(`no region for stack '${target.stackName}': pass --region R or set AWS_REGION`);
  }
}

async function stackOutputs(
  client: CloudFormationClient,
  target: DeskTarget,
  where: string,
): Promise<StackOutputs> {
  const signal = target.local ? AbortSignal.timeout(LOCAL_PROBE_MS) : undefined;
  try {
    const out = await client.send(new DescribeStacksCommand({ StackName: target.stackName }), {
      abortSignal: signal,
    });
    const stack = out.Stacks?.[0];
    if (!stack) throw new TargetError(`${where} does not exist`);
    return new Map((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  } catch (error) {
    throw error instanceof TargetError ? error : describeFailure(error, target, where);
  }
}

/** One line for why DescribeStacks failed: not running, no such stack, no credentials, or what AWS said. */
function describeFailure(error: unknown, target: DeskTarget, where: string): TargetError {
  const name = sdkErrorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (target.local && (isTransient(error) || name === 'AbortError')) {
    return localDeskNotRunning(target.endpoint);
  }
  if (name === 'ValidationError' && /does not exist/i.test(message)) {
    return new TargetError(`${where} does not exist`);
  }
  if (name === 'CredentialsProviderError' || /credential/i.test(message)) {
    return new TargetError(`no AWS credentials for ${where}: ${firstLine(message)}`);
  }
  return new TargetError(`cannot describe ${where}: ${firstLine(message)}`);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
