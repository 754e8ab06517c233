import type * as SES from '@aws-sdk/client-ses';
import { loadSdk } from './load';

// Values come from here, loaded with require (see load.ts); types straight from the package.
export const { SendRawEmailCommand, SESClient } = loadSdk<typeof SES>('@aws-sdk/client-ses');
