import { describe, expect, it } from 'vitest';
import { deskTarget, edgeEndpoint } from '../../../cli/target/target-options';
import { UsageError } from '../../../cli/usage-error';

describe('deskTarget', () => {
  it('addresses the running local desk as the stack `local` on its edge endpoint when no --stack is given', () => {
    expect(deskTarget({}, {})).toEqual({
      stackName: 'local',
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:4566',
      local: true,
    });
  });

  it('follows EDGE_PORT to a local desk started on another port', () => {
    expect(deskTarget({}, { EDGE_PORT: '14566' }).endpoint).toBe('http://127.0.0.1:14566');
  });

  it('leaves endpoint and region of a named stack to the SDK (AWS_ENDPOINT_URL, AWS_REGION, profiles)', () => {
    expect(deskTarget({ stack: 'prod' }, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' })).toEqual({
      stackName: 'prod',
      region: undefined,
      endpoint: undefined,
      local: false,
    });
    expect(deskTarget({ stack: 'prod', region: 'eu-south-1' }, {}).region).toBe('eu-south-1');
  });

  it.each([
    [{ stack: 'prod; rm -rf' }, /--stack "prod; rm -rf": not a CloudFormation stack name/],
    [{ stack: 'prod', region: 'mars' }, /--region "mars": expected a region such as eu-west-1/],
    [{ region: 'eu-west-1' }, /--region needs --stack NAME/],
  ])('refuses %o in one line', (values, message) => {
    expect(() => deskTarget(values, {})).toThrow(UsageError);
    expect(() => deskTarget(values, {})).toThrow(message);
  });
});

describe('edgeEndpoint', () => {
  it.each(['0', '65536', 'abc', '80x'])('refuses EDGE_PORT=%s naming the variable', (port) => {
    expect(() => edgeEndpoint({ EDGE_PORT: port })).toThrow(
      /^EDGE_PORT=".*": expected a port number from 1 to 65535$/,
    );
  });
});
