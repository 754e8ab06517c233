import { describe, expect, it } from 'vitest';
import { bannerLines } from '../../local/banner';
import { readLocalSettings } from '../../local/settings';

const facts = (env: Record<string, string>) => {
  const settings = readLocalSettings(env, '/home/desk');
  return {
    settings,
    cwd: '/home/desk',
    smtpPort: settings.smtpPort,
    sesPort: settings.sesPort,
    dynamoDbPort: settings.dynamoDbPort,
    s3Port: settings.s3Port,
    edgePort: settings.edgePort,
    schedulerPort: settings.schedulerPort,
    supportAddresses: ['support@example.com'],
    deskSource: 'embedded default desk',
  };
};

describe('bannerLines', () => {
  it('says what listens where, the outbox URL and how to send a sample', () => {
    const text = bannerLines(facts({})).join('\n');
    expect(text).toContain('smtp://127.0.0.1:2525  for support@example.com');
    expect(text).toContain('http://127.0.0.1:8005/');
    expect(text).toContain('http://127.0.0.1:8000');
    expect(text).toContain('S3          http://127.0.0.1:8006  bucket support-desk-raw');
    expect(text).toContain('AWS edge    http://127.0.0.1:4566  AWS_ENDPOINT_URL for DynamoDB, SES, S3,');
    expect(text).toContain('(stack local)');
    expect(text).toContain('Send a sample:    npx support-desk send examples/mail/');
  });

  it('repeats in the commands the variables that differ from the defaults', () => {
    const text = bannerLines(
      facts({ SMTP_PORT: '2626', S3_PORT: '9006', EDGE_PORT: '4570', DATA_DIR: '/tmp/d' }),
    ).join('\n');
    expect(text).toContain(
      'SMTP_PORT=2626 S3_PORT=9006 EDGE_PORT=4570 DATA_DIR=/tmp/d npx support-desk send',
    );
    expect(text).not.toContain('SES_PORT=');
  });
});
