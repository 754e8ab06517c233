import type { ServerResponse } from 'node:http';

/** An error as a JSON body with its type in `__type` and `x-amzn-ErrorType`, as JSON AWS services answer. */
export function answerJsonError(
  response: ServerResponse,
  status: number,
  type: string,
  message: string,
): void {
  const body = JSON.stringify({ __type: type, message });
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-amzn-errortype': type,
  });
  response.end(body);
}

/** An XML body (the awsQuery protocol's answers). */
export function answerXml(response: ServerResponse, status: number, xml: string): void {
  response.writeHead(status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
  response.end(xml);
}
