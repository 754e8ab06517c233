import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { COMPLETE_BODY, rawEmail } from '../lib/tickets/emails';
import { answerRange, startFakeS3 } from '../support/fake-s3';
import { type LocalFunctionEnv, localFunctionEnv, sesEvent } from './local-env';

async function coldStart() {
  vi.resetModules();
  return (await import('../../functions/ingest-email/index')).handler;
}

/** Recipients of each email handed to SES, in order. */
const destinations = (env: LocalFunctionEnv) => env.services.emails.map((email) => email.Destinations);

describe('functions/ingest-email', () => {
  let env: LocalFunctionEnv;
  let output: string[];

  beforeEach(async () => {
    env = await localFunctionEnv();
    output = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk) => {
        output.push(String(chunk));
        return true;
      });
    }
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await env.stop();
  });

  it('turns an SES event into a ticket in the table, an acknowledgement and EventBridge schedules', async () => {
    const handler = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await handler(sesEvent('ses-1'));
    const ticket = await new DynamoTicketStore(env.table).get('2026-000001');
    expect(ticket).toMatchObject({ status: 'open', customer: 'anna@example.net' });
    // The acknowledgement, then the operators' notice.
    expect(destinations(env)).toEqual([['anna@example.net'], ['operators@example.com']]);
    const created = env.services.schedules;
    expect(created.map((input) => input.Name).sort()).toEqual([
      '2026-000001-resolution-due',
      '2026-000001-resolution-warning',
      '2026-000001-take-charge-due',
      '2026-000001-take-charge-warning',
    ]);
    expect(created.map((input) => input.GroupName)).toEqual(Array(4).fill('support-desk'));
  });

  it('counts what it did', async () => {
    const added = vi.spyOn(Metrics.prototype, 'addMetric');
    const handler = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await handler(sesEvent('ses-1'));
    expect(added.mock.calls.map(([name, , value]) => [name, value])).toEqual([
      ['TicketsCreated', 1],
      ['Acknowledgements', 1],
      ['SchedulesCreated', 4],
    ]);
  });

  it('logs with the SES messageId as correlation id and never the body', async () => {
    const handler = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await handler(sesEvent('ses-1'));
    const logs = output.join('');
    expect(logs).toContain('"correlation_id":"ses-1"');
    expect(logs).toContain('"outcome":"created"');
    expect(logs).not.toContain(COMPLETE_BODY.slice(0, 30));
    expect(logs).not.toContain('iVBORw0KGgo');
  });

  it('returns what became of the message, created then duplicate', async () => {
    const handler = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    expect(await handler(sesEvent('ses-1'))).toEqual([
      expect.objectContaining({ outcome: 'created', ticket: '2026-000001' }),
    ]);
    expect(await handler(sesEvent('ses-1'))).toEqual([{ outcome: 'duplicate' }]);
  });

  it("reads the raw message from S3 when there is no local folder, signed with the role's keys", async () => {
    const s3 = await startFakeS3((request, response) =>
      answerRange(request, response, new TextEncoder().encode(rawEmail())),
    );
    try {
      delete process.env.LOCAL_RAW_DIR;
      Object.assign(process.env, {
        RAW_BUCKET: 'raw-mail',
        RAW_PREFIX: 'inbound/',
        AWS_SESSION_TOKEN: 'role-session-token',
        AWS_ENDPOINT_URL_S3: s3.endpoint.href,
      });
      const handler = await coldStart();
      expect(await handler(sesEvent('ses-1'))).toEqual([
        expect.objectContaining({ outcome: 'created', ticket: '2026-000001' }),
      ]);
      expect(s3.requests.map((r) => [r.path, r.headers['x-amz-security-token']])).toEqual([
        ['/raw-mail/inbound/ses-1', 'role-session-token'],
      ]);
    } finally {
      await s3.close();
    }
  });

  it('does nothing more when SES delivers the event again', async () => {
    const handler = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await handler(sesEvent('ses-1'));
    await handler(sesEvent('ses-1'));
    expect(destinations(env)).toEqual([['anna@example.net'], ['operators@example.com']]);
    expect(await new DynamoTicketStore(env.table).list()).toHaveLength(1);
  });

  it('rejects a malformed event with one line naming the field', async () => {
    const handler = await coldStart();
    const event = sesEvent('../etc/passwd');
    await expect(handler(event)).rejects.toThrow(
      /^invalid SES event: Records\.0\.ses\.mail\.messageId: not an SES message id$/,
    );
  });

  it('fails the cold start naming a missing variable', async () => {
    delete process.env.TABLE_NAME;
    const handler = await coldStart();
    await expect(handler(sesEvent('ses-1'))).rejects.toThrow('environment variable TABLE_NAME is not set');
  });

  it('fails naming the desk file when DESK_CONFIG_PATH points nowhere', async () => {
    process.env.DESK_CONFIG_PATH = 'no/such/desk.json';
    const handler = await coldStart();
    await expect(handler(sesEvent('ses-1'))).rejects.toThrow(
      /DESK_CONFIG_PATH: cannot read desk file .*no\/such\/desk\.json/,
    );
  });
});
