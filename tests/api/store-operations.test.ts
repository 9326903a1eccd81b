// The store helpers every repository uses, against dynalite: a failed condition is an outcome,
// not an exception; other failures still throw; a query is read to its last page.
import { ulid } from 'ulid';
import { tableNames } from '../../functions/src/config';
import { withStoreCallLog } from '../../functions/src/store/client';
import {
  deleteIf,
  putIfAbsent,
  queryAll,
  unlessConditionFails,
  updateIf,
} from '../../functions/src/store/operations';

const TableName = tableNames.events;
const scratch = () => ({ pk: `TEST#${ulid()}`, sk: 'ITEM' });

describe('store operations', () => {
  it('puts an item only when its key is free, in one call each', async () => {
    const key = scratch();
    const calls: string[] = [];
    await withStoreCallLog(calls, async () => {
      expect(await putIfAbsent({ TableName, Item: { ...key, n: 1 } })).toBe('created');
      expect(await putIfAbsent({ TableName, Item: { ...key, n: 2 } })).toBe('exists');
    });
    expect(calls).toEqual(['PutItemCommand', 'PutItemCommand']);
    const after = await updateIf<{ n: number }>({
      TableName,
      Key: key,
      UpdateExpression: 'SET n = n + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
    });
    expect(after?.n).toBe(2);
  });

  it('updates and deletes on condition: the new item or true, null or false when it does not hold', async () => {
    const key = scratch();
    await putIfAbsent({ TableName, Item: { ...key, state: 'open' } });
    const close = () =>
      updateIf<{ state: string }>({
        TableName,
        Key: key,
        UpdateExpression: 'SET #state = :closed',
        ConditionExpression: '#state = :open',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':open': 'open', ':closed': 'closed' },
      });
    expect(await close()).toMatchObject({ ...key, state: 'closed' });
    expect(await close()).toBeNull();
    const removeOpen = () =>
      deleteIf({
        TableName,
        Key: key,
        ConditionExpression: '#state = :open',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':open': 'open' },
      });
    expect(await removeOpen()).toBe(false);
    expect(await deleteIf({ TableName, Key: key, ConditionExpression: 'attribute_exists(pk)' })).toBe(true);
    expect(await removeOpen()).toBe(false);
  });

  it('throws every failure that is not a failed condition', async () => {
    const key = scratch();
    await expect(
      updateIf({
        TableName,
        Key: key,
        UpdateExpression: 'SET n = n + :one', // n does not exist: a validation error, not a condition
        ConditionExpression: 'attribute_not_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(unlessConditionFails(() => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
  });

  it('reads every page of a query, one call per page', async () => {
    const pk = `TEST#${ulid()}`;
    for (let i = 0; i < 5; i++) await putIfAbsent({ TableName, Item: { pk, sk: `ITEM#${i}` } });
    const calls: string[] = [];
    const items = await withStoreCallLog(calls, () =>
      queryAll<{ sk: string }>({
        TableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        Limit: 2,
      }),
    );
    expect(items.map((item) => item.sk)).toEqual(['ITEM#0', 'ITEM#1', 'ITEM#2', 'ITEM#3', 'ITEM#4']);
    // Pages of 2, 2, 1; a full last page would need one more (empty) call to learn it was the last.
    expect(calls).toEqual(['QueryCommand', 'QueryCommand', 'QueryCommand']);
  });
});
