import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoApi } from '../dynamo-api';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeTableCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from './dynamodb';

/**
 * DynamoApi over an SDK client: for the CLI, whose credentials come from the SDK's provider
 * chain (profiles, SSO), and for whoever needs the SDK's middleware. Never on a Lambda
 * function's path (it loads the SDK: see dynamo-api.ts).
 */
export function sdkDynamoDb(client: DynamoDBClient): DynamoApi {
  return {
    getItem: (input) => client.send(new GetItemCommand(input)),
    putItem: (input) => client.send(new PutItemCommand(input)),
    updateItem: (input) => client.send(new UpdateItemCommand(input)),
    query: (input) => client.send(new QueryCommand(input)),
    batchGetItem: (input) => client.send(new BatchGetItemCommand(input)),
    batchWriteItem: (input) => client.send(new BatchWriteItemCommand(input)),
    createTable: (input) => client.send(new CreateTableCommand(input)),
    describeTable: (input) => client.send(new DescribeTableCommand(input)),
  };
}
