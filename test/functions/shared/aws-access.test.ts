import { describe, expect, it } from 'vitest';
import { awsAccess, serviceEndpoint } from '../../../functions/shared/aws-access';
import { ConfigError } from '../../../functions/shared/env';

const lambdaEnv = {
  AWS_REGION: 'eu-south-1',
  AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'token',
};
const aws = new URL('https://dynamodb.eu-south-1.amazonaws.com');

describe('awsAccess', () => {
  it("takes the region and the execution role's keys Lambda sets", () => {
    expect(awsAccess(lambdaEnv)).toEqual({
      region: 'eu-south-1',
      credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' },
    });
  });

  it('names what is missing in one line', () => {
    expect(() => awsAccess({ ...lambdaEnv, AWS_SECRET_ACCESS_KEY: '' })).toThrow(
      new ConfigError('environment variable AWS_SECRET_ACCESS_KEY is not set'),
    );
  });
});

describe('serviceEndpoint, in the order the SDK reads the overrides', () => {
  it("is AWS's own endpoint when nothing overrides it", () => {
    expect(serviceEndpoint({}, 'AWS_ENDPOINT_URL_DYNAMODB', aws)).toBe(aws);
  });

  it("takes the service's own override before the global one", () => {
    const env = {
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8001',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4000',
    };
    expect(serviceEndpoint(env, 'AWS_ENDPOINT_URL_DYNAMODB', aws).href).toBe('http://127.0.0.1:8001/');
    expect(serviceEndpoint(env, 'AWS_ENDPOINT_URL_SES', aws).href).toBe('http://127.0.0.1:4000/');
  });

  it('refuses an override that is not an http(s) URL, naming it', () => {
    expect(() =>
      serviceEndpoint({ AWS_ENDPOINT_URL_SCHEDULER: 'localhost:9' }, 'AWS_ENDPOINT_URL_SCHEDULER', aws),
    ).toThrow(/AWS_ENDPOINT_URL_SCHEDULER must be an http or https URL/);
  });
});
