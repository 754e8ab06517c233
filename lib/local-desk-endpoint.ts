/**
 * Where the local desk (`npm start`) answers as AWS, for the operator CLI's default target: one
 * edge endpoint routing each signed request by service to the local peers, under the stack name
 * `local`. Kept here, not in local/, because the CLI is production code and never imports the
 * local desk; the local desk reads the same constants.
 */
export const LOCAL_EDGE = {
  host: '127.0.0.1',
  defaultPort: 4566,
  /** The variable that moves the edge endpoint (the convention LocalStack's users know). */
  portVariable: 'EDGE_PORT',
  /** The region the local desk's resources claim; the peers ignore it. */
  region: 'eu-west-1',
  /**
   * The local peers' keys: s3rver checks every signature against these; the others accept any.
   * Not AWS credentials: they open nothing but the desk on this machine.
   */
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  /**
   * The local desk's own, non-AWS request to its Scheduler: fire, as of `{"at": <epoch ms>}`,
   * every reminder due (`reminders run-due`). Served by the Scheduler peer, reached through the edge.
   */
  fireDuePath: '/_local/fire-due',
} as const;
