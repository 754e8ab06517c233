import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SchedulerApiError } from './api-error';

/** Scheduler's request bodies are small (an Input is at most 8 KB); anything past this is refused. */
const MAX_BODY_BYTES = 256 * 1024;

/** The request's JSON body ({} when empty); a body that is not JSON is a ValidationException. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new SchedulerApiError('ValidationException', `Request body over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SchedulerApiError('ValidationException', 'Request body is not JSON.');
  }
}

/** Answers 200 with a JSON body. */
export function sendJson(response: ServerResponse, body: unknown): void {
  send(response, 200, {}, JSON.stringify(body, jsonSafe));
}

/** Answers an error the way Scheduler does: `x-amzn-errortype` and `{"Message"}`. */
export function sendError(response: ServerResponse, error: unknown): void {
  const api =
    error instanceof SchedulerApiError
      ? error
      : new SchedulerApiError(
          'InternalServerException',
          error instanceof Error ? error.message : String(error),
        );
  send(response, api.status, { 'x-amzn-errortype': api.type }, JSON.stringify({ Message: api.message }));
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'x-amzn-requestid': randomUUID(),
  });
  response.end(body);
}

// A handler's result may hold values JSON cannot write (a BigInt): they are written as text, never dropped.
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
