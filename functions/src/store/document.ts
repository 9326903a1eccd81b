// The document client for capabilities whose invariants are written as raw condition expressions
// (the seat counters): same client, same call log as the dynamoose models.
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { ddb } from './client';

export const documents = DynamoDBDocument.from(ddb, {
  marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
});

export const isConditionFailure = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';
