import { LOCAL_EDGE } from '../../lib/local-desk-endpoint';
import { LOCAL_STACK_NAME } from '../../lib/stack-outputs';
import { UsageError } from '../usage-error';

type Env = Readonly<Record<string, string | undefined>>;

/** The parseArgs options every command that works on a desk accepts. */
export const TARGET_OPTIONS = {
  stack: { type: 'string' },
  region: { type: 'string' },
} as const;

/** Usage text of the target options, for every command's usage line. */
export const TARGET_USAGE = '[--stack NAME [--region R]]';

/**
 * Which desk a command works on. Both kinds go through the same code (CloudFormation outputs,
 * then the production adapters); the local desk is just a stack whose endpoint is known.
 */
export interface DeskTarget {
  /** The CloudFormation stack whose outputs name the desk's resources. */
  readonly stackName: string;
  /** undefined: the SDK's own resolution (AWS_REGION, the profile's region). */
  readonly region: string | undefined;
  /** Where every AWS request goes; undefined: AWS itself, or AWS_ENDPOINT_URL* when set. */
  readonly endpoint: string | undefined;
  /** True for the local desk addressed by default (no --stack): fixed local keys, a quick "not running" answer. */
  readonly local: boolean;
}

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** The target named by `--stack`/`--region`, else the running local desk's edge endpoint. */
export function deskTarget(values: { stack?: string; region?: string }, env: Env): DeskTarget {
  if (values.region !== undefined && !REGION.test(values.region)) {
    throw new UsageError(`--region ${JSON.stringify(values.region)}: expected a region such as eu-west-1`);
  }
  if (values.stack === undefined) {
    if (values.region !== undefined) throw new UsageError('--region needs --stack NAME');
    return {
      stackName: LOCAL_STACK_NAME,
      region: LOCAL_EDGE.region,
      endpoint: edgeEndpoint(env),
      local: true,
    };
  }
  if (!STACK_NAME.test(values.stack)) {
    throw new UsageError(`--stack ${JSON.stringify(values.stack)}: not a CloudFormation stack name`);
  }
  return { stackName: values.stack, region: values.region, endpoint: undefined, local: false };
}

/** The local desk's edge endpoint, moved by EDGE_PORT. */
export function edgeEndpoint(env: Env): string {
  const text = env[LOCAL_EDGE.portVariable];
  if (text === undefined || text === '') return `http://${LOCAL_EDGE.host}:${LOCAL_EDGE.defaultPort}`;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 1 && port <= 65_535)) {
    throw new UsageError(
      `${LOCAL_EDGE.portVariable}=${JSON.stringify(text)}: expected a port number from 1 to 65535`,
    );
  }
  return `http://${LOCAL_EDGE.host}:${port}`;
}
