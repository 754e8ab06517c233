/**
 * Names of the environment variables the Lambda functions read. `infra/` sets them and
 * `functions/` reads them from this one module, so the two cannot drift apart.
 * The local desk (`npm start`) reads none of them: its composition root passes its adapters in.
 */
export const ENV = {
  /** DynamoDB table holding tickets, messages, dedupe records and counters. */
  tableName: 'TABLE_NAME',
  /** S3 bucket where the SES receipt rule stores raw messages. */
  rawBucket: 'RAW_BUCKET',
  /** Key prefix of raw messages in that bucket (the object key is prefix + SES messageId). */
  rawPrefix: 'RAW_PREFIX',
  /** Largest raw message the ingest function reads whole; larger ones become header-only tickets. */
  maxRawBytes: 'MAX_RAW_BYTES',
  /** Path (relative to the function's code or absolute) of the desk configuration JSON; default desk when unset. */
  deskConfigPath: 'DESK_CONFIG_PATH',
  /** SES configuration set used for every email the desk sends. */
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  /** EventBridge Scheduler group holding reminder schedules. */
  scheduleGroup: 'SCHEDULE_GROUP',
  /** Role the scheduler assumes to invoke the reminder function. */
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  /** ARN of the send-reminder function, the target of every schedule. */
  reminderFunctionArn: 'REMINDER_FUNCTION_ARN',
  /** Dead-letter queue for schedule targets that keep failing. */
  reminderDlqArn: 'REMINDER_DLQ_ARN',
  /** Retry policy of every schedule's target: how many times the scheduler retries a failed invocation. */
  reminderRetryAttempts: 'REMINDER_RETRY_ATTEMPTS',
  /** Retry policy of every schedule's target: how long (seconds) the scheduler keeps retrying an invocation. */
  reminderMaxEventAgeSeconds: 'REMINDER_MAX_EVENT_AGE_SECONDS',
} as const;

/**
 * Variables the Lambda runtime sets by itself (the execution role's temporary keys and the region),
 * read where an adapter signs its own requests instead of leaving them to the AWS SDK.
 */
export const AWS_ENV = {
  region: 'AWS_REGION',
  accessKeyId: 'AWS_ACCESS_KEY_ID',
  secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  /** Absent for long-term keys, always set on Lambda. */
  sessionToken: 'AWS_SESSION_TOKEN',
  /** Tests and emulators only: where S3 requests go instead of AWS (the SDK's own name for it). */
  s3Endpoint: 'AWS_ENDPOINT_URL_S3',
  /** Tests and emulators only: where each hand-signed client's requests go (the SDK's names), else the global one. */
  dynamoDbEndpoint: 'AWS_ENDPOINT_URL_DYNAMODB',
  sesEndpoint: 'AWS_ENDPOINT_URL_SES',
  schedulerEndpoint: 'AWS_ENDPOINT_URL_SCHEDULER',
  endpoint: 'AWS_ENDPOINT_URL',
} as const;
