import type { SendRawEmailRequest, SendRawEmailResponse } from '@aws-sdk/client-ses';
import { AwsHttpClient, type AwsServiceOptions, rfc3986, type ServiceErrorFields } from './aws-http-client';
import type { HttpAnswer } from './http-get';

/**
 * The one SES operation the desk uses, SES v1 SendRawEmail, with the SDK's model types (types
 * only). HttpSes below on the Lambda path; sdkSes (sdk/ses-api.ts) over an SDK client for the CLI.
 */
export interface SesApi {
  /** The region the emails are sent in (SES's rewritten Message-IDs name it). */
  region(): Promise<string>;
  sendRawEmail(input: SendRawEmailRequest): Promise<Partial<SendRawEmailResponse>>;
}

/** SES v1's regional endpoint (the SDK's for the standard partition). */
export function sesEndpoint(region: string): URL {
  return new URL(`https://email.${region}.amazonaws.com`);
}

/** SES v1's Query API version. */
const API_VERSION = '2010-12-01';

/**
 * SES v1 over its Query protocol: a form-encoded POST (`Action=SendRawEmail`, lists as
 * `Destinations.member.N`, the bytes base64 in `RawMessage.Data`), answered in XML. Only the
 * MessageId is read from the answer, and the error Code and Message from an error answer.
 */
export class HttpSes implements SesApi {
  private readonly http: AwsHttpClient;

  constructor(options: Omit<AwsServiceOptions, 'signingName'>) {
    this.http = new AwsHttpClient({ ...options, signingName: 'ses' });
  }

  async region(): Promise<string> {
    return this.http.region;
  }

  async sendRawEmail(input: SendRawEmailRequest): Promise<Partial<SendRawEmailResponse>> {
    const form: [string, string][] = [
      ['Action', 'SendRawEmail'],
      ['Version', API_VERSION],
    ];
    if (input.Source !== undefined) form.push(['Source', input.Source]);
    (input.Destinations ?? []).forEach((address, i) => {
      form.push([`Destinations.member.${i + 1}`, address]);
    });
    form.push([
      'RawMessage.Data',
      Buffer.from(input.RawMessage?.Data ?? new Uint8Array()).toString('base64'),
    ]);
    if (input.ConfigurationSetName !== undefined)
      form.push(['ConfigurationSetName', input.ConfigurationSetName]);
    const answer = await this.http.send(
      {
        method: 'POST',
        path: '/',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: form.map(([name, value]) => `${rfc3986(name)}=${rfc3986(value)}`).join('&'),
      },
      queryError,
    );
    const messageId = xmlElement(answer.body.toString('utf8'), 'MessageId');
    return messageId === undefined ? {} : { MessageId: messageId };
  }
}

/** The error of an AWS Query answer: `<ErrorResponse><Error><Code>Throttling</Code><Message>...`. */
export function queryError(answer: HttpAnswer): ServiceErrorFields {
  const text = answer.body.toString('utf8');
  return {
    name: xmlElement(text, 'Code') ?? `Http${answer.status}`,
    message: xmlElement(text, 'Message') ?? '',
  };
}

/** The text of the first `<name>` element, entities decoded; one indexOf pass, no regex over the body. */
function xmlElement(xml: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open);
  if (start < 0) return undefined;
  const end = xml.indexOf(`</${name}>`, start + open.length);
  if (end < 0) return undefined;
  return decodeEntities(xml.slice(start + open.length, end).trim());
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity] ?? '');
}
