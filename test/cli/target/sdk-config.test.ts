import { describe, expect, it } from 'vitest';
import { sdkConfig } from '../../../cli/target/sdk-config';
import { deskTarget } from '../../../cli/target/target-options';

const LOCAL_KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe('sdkConfig', () => {
  it('gives the default local target its edge endpoint, its keys and no retries', () => {
    expect(sdkConfig(deskTarget({}, {}), {})).toEqual({
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:4566',
      credentials: LOCAL_KEYS,
      maxAttempts: 1,
    });
  });

  it('leaves a deployed stack to the standard credential chain', () => {
    expect(sdkConfig(deskTarget({ stack: 'prod', region: 'eu-west-1' }, {}), {})).toEqual({
      region: 'eu-west-1',
    });
  });

  it('gives `--stack local` behind a loopback AWS_ENDPOINT_URL the local keys when the user has none', () => {
    const env = { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' };
    expect(sdkConfig(deskTarget({ stack: 'local' }, env), env)).toEqual({
      credentials: LOCAL_KEYS,
      region: 'eu-west-1',
    });
  });

  it('keeps the user own credentials and region even behind a loopback endpoint', () => {
    const env = {
      AWS_ENDPOINT_URL: 'http://localhost:4566',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_REGION: 'us-east-1',
    };
    expect(sdkConfig(deskTarget({ stack: 'local' }, env), env)).toEqual({});
  });

  it('never hands the local keys to a remote endpoint', () => {
    const env = { AWS_ENDPOINT_URL: 'https://gateway.example.com' };
    expect(sdkConfig(deskTarget({ stack: 'prod' }, env), env)).toEqual({});
  });
});
