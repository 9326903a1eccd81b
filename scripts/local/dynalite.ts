// dynalite: a DynamoDB-compatible store on LevelDB. On disk for `npm start`, in memory for tests.
import { mkdirSync } from 'node:fs';
import { DynamoDB } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

export type RunningStore = { endpoint: string; port: number; stop: () => Promise<void> };

export async function startDynalite(options: { port: number; path?: string }): Promise<RunningStore> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({
    path: options.path,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain SDK client of the local store (dynalite takes any credentials). */
export const localStoreClient = (endpoint: string) =>
  new DynamoDB({
    endpoint,
    region: 'cn-northwest-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
