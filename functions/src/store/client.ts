// One DynamoDB client per cold start, shared by the document client and the dynamoose models
// (store/dynamoose.ts). Each command it sends is recorded in the current request's store-call
// log, so tests and the bench can see what a request cost.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { region, storeEndpoint } from '../config';

const callLog = new AsyncLocalStorage<string[]>();

/** Runs `fn` with a fresh log of the DynamoDB commands it sends. */
export const withStoreCallLog = <T>(log: string[], fn: () => Promise<T>) => callLog.run(log, fn);

export const ddb = new DynamoDB({
  region,
  ...(storeEndpoint
    ? {
        endpoint: storeEndpoint,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {}),
  maxAttempts: 3,
});

ddb.middlewareStack.add(
  (next, context) => async (args) => {
    callLog.getStore()?.push(context.commandName ?? 'unknown');
    return next(args);
  },
  { step: 'initialize', name: 'storeCallLog' },
);
