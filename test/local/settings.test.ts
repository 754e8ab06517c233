import { describe, expect, it } from 'vitest';
import { readLocalSettings } from '../../local/settings';

describe('readLocalSettings', () => {
  it('uses the ports and folder of the contract when nothing is set', () => {
    expect(readLocalSettings({}, '/home/desk')).toEqual({
      smtpPort: 2525,
      sesPort: 8005,
      dynamoDbPort: 8000,
      s3Port: 8006,
      edgePort: 4566,
      schedulerPort: 8007,
      dataDir: '/home/desk/.data',
      smtpMaxBytes: 40 * 1024 * 1024,
    });
  });

  it('takes every value from the environment', () => {
    const env = {
      SMTP_PORT: '2626',
      SES_PORT: '0',
      DYNAMODB_PORT: '9000',
      S3_PORT: '9006',
      EDGE_PORT: '4577',
      SCHEDULER_PORT: '8077',
      DATA_DIR: '/var/desk',
      SMTP_MAX_BYTES: '1000',
    };
    expect(readLocalSettings(env, '/home/desk')).toEqual({
      smtpPort: 2626,
      sesPort: 0,
      dynamoDbPort: 9000,
      s3Port: 9006,
      edgePort: 4577,
      schedulerPort: 8077,
      dataDir: '/var/desk',
      smtpMaxBytes: 1000,
    });
  });

  it.each([
    { env: { SMTP_PORT: 'abc' }, message: 'SMTP_PORT="abc": expected a whole number' },
    { env: { SES_PORT: '70000' }, message: 'SES_PORT="70000": expected a port number from 0 to 65535' },
    { env: { DYNAMODB_PORT: '-1' }, message: 'DYNAMODB_PORT="-1": expected a whole number' },
    { env: { S3_PORT: '65536' }, message: 'S3_PORT="65536": expected a port number from 0 to 65535' },
    { env: { EDGE_PORT: '4566x' }, message: 'EDGE_PORT="4566x": expected a whole number' },
    {
      env: { SCHEDULER_PORT: '99999' },
      message: 'SCHEDULER_PORT="99999": expected a port number from 0 to 65535',
    },
    { env: { SMTP_MAX_BYTES: '0' }, message: 'SMTP_MAX_BYTES="0": expected a whole number above 0' },
  ])('names the variable and the value in $message', ({ env, message }) => {
    expect(() => readLocalSettings(env, '/')).toThrow(message);
  });
});
