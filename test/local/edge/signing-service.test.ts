import { describe, expect, it } from 'vitest';
import { signingService } from '../../../local/edge/signing-service';

const authorization = (scope: string) => ({
  authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/${scope}, SignedHeaders=host;x-amz-date, Signature=abc123`,
});

describe('signingService', () => {
  it.each(['dynamodb', 'ses', 'email', 's3', 'scheduler', 'cloudformation'])(
    "reads %s from the Authorization header's credential scope",
    (service) => {
      expect(signingService(authorization(`20261201/eu-west-1/${service}/aws4_request`), '/')).toBe(service);
    },
  );

  it("reads a presigned URL's X-Amz-Credential", () => {
    const url = `/support-desk-raw/inbound/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${encodeURIComponent('S3RVER/20261201/eu-west-1/s3/aws4_request')}&X-Amz-Signature=ab`;
    expect(signingService({}, url)).toBe('s3');
  });

  it('is null for an unsigned request, and for a scope that is not SigV4', () => {
    expect(signingService({}, '/_local/fire-due')).toBeNull();
    expect(signingService({ authorization: 'Bearer x' }, '/')).toBeNull();
    expect(signingService(authorization('20261201/eu-west-1/s3/aws5_request'), '/')).toBeNull();
  });

  it('never returns text that is not a plain service name', () => {
    expect(signingService(authorization('20261201/eu-west-1/<script>/aws4_request'), '/')).toBeNull();
    expect(signingService(authorization('20261201/eu-west-1/S3/aws4_request'), '/')).toBeNull();
  });
});
