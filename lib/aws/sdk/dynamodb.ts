import type * as DynamoDB from '@aws-sdk/client-dynamodb';
import { loadSdk } from './load';

// Values come from here, loaded with require (see load.ts); types straight from the package.
const sdk = loadSdk<typeof DynamoDB>('@aws-sdk/client-dynamodb');

export const {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} = sdk;
