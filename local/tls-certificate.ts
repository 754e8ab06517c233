import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** A PEM key pair for STARTTLS. */
export interface TlsCertificate {
  readonly key: string;
  readonly cert: string;
}

const DAY_MS = 86_400_000;

/** Where the certificate of a data folder lives; the CLI trusts it when it sends mail. */
export function certificatePath(dataDir: string): string {
  return join(dataDir, 'tls', 'cert.pem');
}

/**
 * Loads the desk's self-signed certificate for 127.0.0.1/localhost, or makes a new one.
 * A certificate of our own rather than smtp-server's built-in one, whose key is public.
 */
export async function loadOrCreateCertificate(dataDir: string, now: Date): Promise<TlsCertificate> {
  const existing = await readCertificate(dataDir);
  if (existing && new Date(new X509Certificate(existing.cert).validTo).getTime() > now.getTime() + DAY_MS) {
    return existing;
  }
  const created = await createCertificate(now);
  await mkdir(join(dataDir, 'tls'), { recursive: true });
  await writeFile(join(dataDir, 'tls', 'key.pem'), created.key, { mode: 0o600 });
  await writeFile(certificatePath(dataDir), created.cert);
  return created;
}

async function readCertificate(dataDir: string): Promise<TlsCertificate | null> {
  try {
    const key = await readFile(join(dataDir, 'tls', 'key.pem'), 'utf8');
    const cert = await readFile(certificatePath(dataDir), 'utf8');
    return { key, cert };
  } catch {
    return null;
  }
}

async function createCertificate(now: Date): Promise<TlsCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: new Date(now.getTime() + 825 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
