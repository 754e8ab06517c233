import type {
  BatchGetItemInput,
  BatchGetItemOutput,
  BatchWriteItemInput,
  BatchWriteItemOutput,
  CreateTableInput,
  CreateTableOutput,
  DescribeTableInput,
  DescribeTableOutput,
  GetItemInput,
  GetItemOutput,
  PutItemInput,
  PutItemOutput,
  QueryInput,
  QueryOutput,
  UpdateItemInput,
  UpdateItemOutput,
} from '@aws-sdk/client-dynamodb';
import { AwsHttpClient, type AwsServiceOptions, jsonError } from './aws-http-client';

/**
 * The DynamoDB operations the desk's adapters use, with the service's own input and output
 * shapes (the SDK's model types: types only, nothing of the SDK is loaded). Two implementations:
 * HttpDynamoDb below, which the Lambda functions use (no SDK at start), and sdkDynamoDb
 * (sdk/dynamodb-api.ts) over an SDK client, for the CLI's profiles and SSO credentials.
 * Errors carry the service's error name either way (`ConditionalCheckFailedException`, ...).
 */
export interface DynamoApi {
  getItem(input: GetItemInput): Promise<GetItemOutput>;
  putItem(input: PutItemInput): Promise<PutItemOutput>;
  updateItem(input: UpdateItemInput): Promise<UpdateItemOutput>;
  query(input: QueryInput): Promise<QueryOutput>;
  batchGetItem(input: BatchGetItemInput): Promise<BatchGetItemOutput>;
  batchWriteItem(input: BatchWriteItemInput): Promise<BatchWriteItemOutput>;
  createTable(input: CreateTableInput): Promise<CreateTableOutput>;
  describeTable(input: DescribeTableInput): Promise<DescribeTableOutput>;
}

/** The operations' names, as DynamoDB's X-Amz-Target and the SDK's command names spell them. */
export const DYNAMO_OPERATIONS = {
  getItem: 'GetItem',
  putItem: 'PutItem',
  updateItem: 'UpdateItem',
  query: 'Query',
  batchGetItem: 'BatchGetItem',
  batchWriteItem: 'BatchWriteItem',
  createTable: 'CreateTable',
  describeTable: 'DescribeTable',
} as const satisfies Record<keyof DynamoApi, string>;

/** DynamoDB's regional endpoint (what the SDK resolves for the standard partition). */
export function dynamoEndpoint(region: string): URL {
  return new URL(`https://dynamodb.${region}.amazonaws.com`);
}

/**
 * DynamoDB over its JSON 1.0 protocol: each operation is a POST of the input as JSON with
 * `X-Amz-Target: DynamoDB_20120810.<Operation>`, answered with the output as JSON. Items are
 * already AttributeValue maps in the adapters, so there is nothing to marshal.
 */
export class HttpDynamoDb implements DynamoApi {
  private readonly http: AwsHttpClient;

  constructor(options: Omit<AwsServiceOptions, 'signingName'>) {
    this.http = new AwsHttpClient({ ...options, signingName: 'dynamodb' });
  }

  getItem(input: GetItemInput): Promise<GetItemOutput> {
    return this.call(DYNAMO_OPERATIONS.getItem, input);
  }

  putItem(input: PutItemInput): Promise<PutItemOutput> {
    return this.call(DYNAMO_OPERATIONS.putItem, input);
  }

  updateItem(input: UpdateItemInput): Promise<UpdateItemOutput> {
    return this.call(DYNAMO_OPERATIONS.updateItem, input);
  }

  query(input: QueryInput): Promise<QueryOutput> {
    return this.call(DYNAMO_OPERATIONS.query, input);
  }

  batchGetItem(input: BatchGetItemInput): Promise<BatchGetItemOutput> {
    return this.call(DYNAMO_OPERATIONS.batchGetItem, input);
  }

  batchWriteItem(input: BatchWriteItemInput): Promise<BatchWriteItemOutput> {
    return this.call(DYNAMO_OPERATIONS.batchWriteItem, input);
  }

  createTable(input: CreateTableInput): Promise<CreateTableOutput> {
    return this.call(DYNAMO_OPERATIONS.createTable, input);
  }

  describeTable(input: DescribeTableInput): Promise<DescribeTableOutput> {
    return this.call(DYNAMO_OPERATIONS.describeTable, input);
  }

  private async call<Output>(operation: string, input: object): Promise<Output> {
    const answer = await this.http.send(
      {
        method: 'POST',
        path: '/',
        headers: {
          'Content-Type': 'application/x-amz-json-1.0',
          'X-Amz-Target': `DynamoDB_20120810.${operation}`,
        },
        body: JSON.stringify(input),
      },
      jsonError,
    );
    return JSON.parse(answer.body.toString('utf8')) as Output;
  }
}
