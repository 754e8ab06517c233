import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectDesk } from '../../../cli/target/connect';
import { TargetError } from '../../../cli/target/target-error';
import { deskTarget } from '../../../cli/target/target-options';
import { freePorts } from '../../e2e/support/free-ports';

function sdkError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

describe('connectDesk', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('says in under two seconds that no local desk runs, and how to start one', async () => {
    const [port] = await freePorts(1);
    const started = performance.now();
    const failure = await connectDesk(deskTarget({}, { EDGE_PORT: String(port) }), {}).catch(
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(failure).toBeInstanceOf(TargetError);
    expect((failure as Error).message).toBe(
      `no local desk answers at http://127.0.0.1:${port}: start it with \`npm start\` (or set EDGE_PORT to the port it listens on)`,
    );
  });

  describe('on a deployed stack', () => {
    let cloudFormation: AwsClientStub<CloudFormationClient>;
    beforeEach(() => {
      cloudFormation = mockClient(CloudFormationClient);
    });
    afterEach(() => {
      cloudFormation.restore();
    });

    it('names the stack and the region when the stack does not exist', async () => {
      cloudFormation
        .on(DescribeStacksCommand)
        .rejects(sdkError('ValidationError', 'Stack with id prod does not exist'));
      await expect(connectDesk(deskTarget({ stack: 'prod', region: 'eu-south-1' }, {}), {})).rejects.toThrow(
        new TargetError("stack 'prod' in region eu-south-1 does not exist"),
      );
    });

    it('names the stack and the region when there are no credentials', async () => {
      cloudFormation
        .on(DescribeStacksCommand)
        .rejects(sdkError('CredentialsProviderError', 'Could not load credentials from any providers\nmore'));
      await expect(connectDesk(deskTarget({ stack: 'prod', region: 'eu-west-1' }, {}), {})).rejects.toThrow(
        new TargetError(
          "no AWS credentials for stack 'prod' in region eu-west-1: Could not load credentials from any providers",
        ),
      );
    });

    it('names the output a stack of another kind lacks', async () => {
      cloudFormation.on(DescribeStacksCommand).resolves({
        Stacks: [
          {
            StackName: 'web',
            CreationTime: new Date(),
            StackStatus: 'CREATE_COMPLETE',
            Outputs: [{ OutputKey: 'Url', OutputValue: 'x' }],
          },
        ],
      });
      await expect(connectDesk(deskTarget({ stack: 'web', region: 'eu-west-1' }, {}), {})).rejects.toThrow(
        /^stack 'web' has no output TicketTableName/,
      );
    });

    it('asks for a region when the SDK finds none', async () => {
      vi.stubEnv('AWS_REGION', '');
      vi.stubEnv('AWS_DEFAULT_REGION', '');
      vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
      vi.stubEnv('AWS_PROFILE', '');
      await expect(connectDesk(deskTarget({ stack: 'prod' }, {}), {})).rejects.toThrow(
        new TargetError("no region for stack 'prod': pass --region R or set AWS_REGION"),
      );
    });
  });
});
