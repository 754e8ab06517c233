import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FakeS3, startFakeS3 } from './fake-s3';

/** One SendRawEmail as SES received it on the wire (the form's fields, the bytes decoded). */
export interface ReceivedEmail {
  readonly Source: string | undefined;
  readonly Destinations: string[];
  readonly ConfigurationSetName: string | undefined;
  readonly raw: string;
}

/** One CreateSchedule as Scheduler received it: the name from the path, the rest from the body. */
export interface ReceivedSchedule {
  readonly Name: string;
  readonly GroupName?: string;
  readonly ClientToken?: string;
  readonly Target?: { readonly RetryPolicy?: unknown; readonly Input?: string };
  readonly [field: string]: unknown;
}

/**
 * SES v1 and EventBridge Scheduler as real HTTP servers that record what arrives and accept it,
 * for the functions' tests: the functions' hand-signed clients reach them through
 * AWS_ENDPOINT_URL_SES / AWS_ENDPOINT_URL_SCHEDULER, so what is recorded is what was on the wire.
 */
export interface FakeMailAndScheduler {
  readonly sesEndpoint: URL;
  readonly schedulerEndpoint: URL;
  readonly emails: ReceivedEmail[];
  readonly schedules: ReceivedSchedule[];
  readonly deleted: string[];
  close(): Promise<void>;
}

export async function startFakeMailAndScheduler(): Promise<FakeMailAndScheduler> {
  const emails: ReceivedEmail[] = [];
  const schedules: ReceivedSchedule[] = [];
  const deleted: string[] = [];
  const ses: FakeS3 = await startFakeS3((request, response) =>
    withBody(request, (body) => {
      const form = new URLSearchParams(body);
      const destinations: string[] = [];
      for (let i = 1; form.has(`Destinations.member.${i}`); i++) {
        destinations.push(form.get(`Destinations.member.${i}`) ?? '');
      }
      emails.push({
        Source: form.get('Source') ?? undefined,
        Destinations: destinations,
        ConfigurationSetName: form.get('ConfigurationSetName') ?? undefined,
        raw: Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString('utf8'),
      });
      answer(
        response,
        200,
        'text/xml',
        `<SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendRawEmailResult><MessageId>0102-ses-${emails.length}</MessageId></SendRawEmailResult></SendRawEmailResponse>`,
      );
    }),
  );
  const scheduler: FakeS3 = await startFakeS3((request, response) =>
    withBody(request, (body) => {
      const url = new URL(request.url ?? '/', 'http://scheduler');
      const name = decodeURIComponent(url.pathname.replace(/^\/schedules\//, ''));
      if (request.method === 'DELETE') deleted.push(name);
      else schedules.push({ ...(JSON.parse(body) as object), Name: name });
      answer(response, 200, 'application/json', JSON.stringify({ ScheduleArn: `arn:schedule/${name}` }));
    }),
  );
  return {
    sesEndpoint: ses.endpoint,
    schedulerEndpoint: scheduler.endpoint,
    emails,
    schedules,
    deleted,
    close: async () => {
      await ses.close();
      await scheduler.close();
    },
  };
}

function withBody(request: IncomingMessage, use: (body: string) => void): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => use(Buffer.concat(chunks).toString('utf8')));
}

function answer(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
}
