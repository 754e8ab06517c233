import type { SESClient } from '@aws-sdk/client-ses';
import type { SesApi } from '../ses-api';
import { SendRawEmailCommand } from './ses';

/** SesApi over an SDK client: for the CLI (the SDK's credential chain). Never on a Lambda function's path. */
export function sdkSes(client: SESClient): SesApi {
  return {
    region: () => client.config.region(),
    sendRawEmail: (input) => client.send(new SendRawEmailCommand(input)),
  };
}
