import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsHttpClient, AwsServiceError, jsonError } from '../../../lib/aws/aws-http-client';
import { isTransient, sdkErrorName } from '../../../lib/aws/sdk-errors';
import { type SeenRequest, startFakeS3 } from '../../support/fake-s3';

// A real HTTP stand-in, answering each request in turn from a script: what the client signs,
// retries and throws is what it does on the wire.
const server = await startFakeS3();
afterAll(async () => server.close());

type Step = (response: ServerResponse) => void;
const json =
  (status: number, body: object, headers: Record<string, string> = {}): Step =>
  (response) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
    response.end(JSON.stringify(body));
  };
const hang: Step = () => undefined;

let slept: number[];
function client(options: { maxAttempts?: number; sessionToken?: string; base?: string } = {}) {
  const endpoint = new URL(options.base ?? '', server.endpoint);
  return new AwsHttpClient({
    signingName: 'dynamodb',
    region: 'eu-west-1',
    credentials: {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: options.sessionToken,
    },
    endpoint,
    maxAttempts: options.maxAttempts ?? 3,
    idleTimeoutMs: 200,
    sleep: async (ms) => {
      slept.push(ms);
    },
    random: () => 1,
  });
}

function script(...steps: Step[]): { bodies: string[] } {
  const bodies: string[] = [];
  let next = 0;
  server.handle((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      bodies.push(body);
      const step = steps[Math.min(next++, steps.length - 1)];
      step?.(response);
    });
  });
  return { bodies };
}

const post = {
  method: 'POST' as const,
  path: '/',
  headers: { 'X-Amz-Target': 'DynamoDB_20120810.GetItem' },
  body: '{}',
};
const lastRequest = (): SeenRequest | undefined => server.requests.at(-1);

describe('AwsHttpClient', () => {
  beforeEach(() => {
    slept = [];
    server.requests.length = 0;
  });

  it('signs with SigV4 for the service and region, with the session token when there is one', async () => {
    script(json(200, {}));
    await client({ sessionToken: 'token-1' }).send(post, jsonError);
    const headers = lastRequest()?.headers ?? {};
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-security-token']).toBe('token-1');
    expect(headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
  });

  it("sends below the endpoint's own path, with the query encoded as SigV4 signs it", async () => {
    script(json(200, {}));
    await client({ base: '/prefix/' }).send(
      { method: 'DELETE', path: '/schedules/a.b', query: { groupName: 'g (1)', none: undefined } },
      jsonError,
    );
    expect(lastRequest()?.path).toBe('/prefix/schedules/a.b?groupName=g%20%281%29');
    expect(lastRequest()?.method).toBe('DELETE');
  });

  it('retries throttling and 5xx answers with backoff, sending the same body again', async () => {
    const { bodies } = script(
      json(400, { __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'slow down' }),
      json(500, { __type: 'InternalServerError', message: 'oops' }),
      json(200, { Item: { pk: { S: 'x' } } }),
    );
    const answer = await client().send({ ...post, body: '{"a":1}' }, jsonError);
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ Item: { pk: { S: 'x' } } });
    expect(bodies).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    // Full jitter at its top (random = 1): throttling backs off from 500 ms, other faults from 100 ms.
    expect(slept).toEqual([1_000, 400]);
  });

  it('gives up after the last attempt with the last error, named as the SDK names it', async () => {
    script(json(503, { __type: 'com.amazonaws.dynamodb.v20120810#ServiceUnavailable', message: 'down' }));
    const error = await client({ maxAttempts: 2 })
      .send(post, jsonError)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(sdkErrorName(error)).toBe('ServiceUnavailable');
    expect((error as AwsServiceError).$metadata.httpStatusCode).toBe(503);
    expect((error as Error).message).toBe('down');
    expect(isTransient(error)).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry an error that would fail again (a failed condition, a validation error)', async () => {
    script(
      json(400, {
        __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
        message: 'no',
      }),
    );
    const error = await client()
      .send(post, jsonError)
      .catch((e: unknown) => e);
    expect(sdkErrorName(error)).toBe('ConditionalCheckFailedException');
    expect(isTransient(error)).toBe(false);
    expect(server.requests).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it("reads a REST-JSON error's name from x-amzn-errortype, without its URL suffix", async () => {
    script(
      json(
        409,
        { Message: 'exists' },
        { 'x-amzn-errortype': 'ConflictException:http://internal.amazon.com/coral/' },
      ),
    );
    const error = await client()
      .send(post, jsonError)
      .catch((e: unknown) => e);
    expect(sdkErrorName(error)).toBe('ConflictException');
    expect((error as Error).message).toBe('exists');
  });

  it('names an error answer that is not JSON after its status', async () => {
    script((response) =>
      response.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>'),
    );
    const error = await client({ maxAttempts: 1 })
      .send(post, jsonError)
      .catch((e: unknown) => e);
    expect(sdkErrorName(error)).toBe('Http502');
    expect(isTransient(error)).toBe(true);
  });

  it('times out an answer that never comes, and retries it as the SDK does', async () => {
    script(hang, json(200, {}));
    const answer = await client().send(post, jsonError);
    expect(answer.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('refuses an endpoint that is not http or https', () => {
    expect(
      () =>
        new AwsHttpClient({
          signingName: 'dynamodb',
          region: 'eu-west-1',
          credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
          endpoint: new URL('ftp://example.com'),
        }),
    ).toThrow(/http or https/);
  });
});
