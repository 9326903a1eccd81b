// The store alone: a profile's GetItem sent straight to dynalite, as GET /me sends it, at the
// HTTP section's concurrency. What /me costs beyond this and the bare route is our own code.
import { localStoreClient } from '../local/dynalite';
import { figures, pooledRuns } from './events';

export async function rawGetItems(storeEndpoint: string, tableName: string, userId: string) {
  const ddb = localStoreClient(storeEndpoint);
  const Key = { pk: { S: `USER#${userId}` }, sk: { S: 'PROFILE' } };
  const get = () => ddb.getItem({ TableName: tableName, Key });
  await pooledRuns(100, 5, get); // warm the client and its sockets
  try {
    return figures('dynalite 直接 GetItem（同一条用户记录）', 2000, await pooledRuns(2000, 20, get));
  } finally {
    ddb.destroy();
  }
}
