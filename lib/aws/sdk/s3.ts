import type * as S3 from '@aws-sdk/client-s3';
import { loadSdk } from './load';

// Values come from here, loaded with require (see load.ts); types straight from the package.
export const { GetObjectCommand, S3Client } = loadSdk<typeof S3>('@aws-sdk/client-s3');
