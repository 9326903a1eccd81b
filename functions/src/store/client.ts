// One DynamoDB client per cold start, shared by every model. Each command it sends is recorded in
// the current request's store-call log, so tests and the bench can see what a request cost.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDB } from '@aws-sdk/client-dynamodb';
import dynamoose from 'dynamoose';
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

dynamoose.aws.ddb.set(ddb);
// Tables are created by serverless.yml (or the local stack from the same definitions), never here.
dynamoose.Table.defaults.set({ create: false, waitForActive: false, update: false });

export { dynamoose };
