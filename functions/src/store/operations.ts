// The shapes every repository's reads and writes take, written once: a conditional write whose
// failed condition is an outcome for the caller to name (not an exception to catch), and a read of
// every page of a Query or Scan. Each helper sends exactly the calls the hand-written form did.
import type {
  DeleteCommandInput,
  PutCommandInput,
  QueryCommandInput,
  ScanCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { documents, isConditionFailure } from './document';

/**
 * The result of a conditional write, or null when the store refused it on its condition. Any
 * other failure is thrown. For writes the helpers below do not cover (dynamoose models).
 */
export async function unlessConditionFails<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/** Writes the item unless one with its key exists: one PutItem. */
export async function putIfAbsent(
  params: Omit<PutCommandInput, 'ConditionExpression'>,
): Promise<'created' | 'exists'> {
  const put = await unlessConditionFails(() =>
    documents.put({ ...params, ConditionExpression: 'attribute_not_exists(pk)' }),
  );
  return put ? 'created' : 'exists';
}

type ConditionalUpdate = Omit<UpdateCommandInput, 'ReturnValues' | 'ConditionExpression'> & {
  ConditionExpression: string;
};

/** One UpdateItem: the item as it now is, or null when the condition did not hold. */
export async function updateIf<T>(params: ConditionalUpdate): Promise<T | null> {
  const updated = await unlessConditionFails(() => documents.update({ ...params, ReturnValues: 'ALL_NEW' }));
  return updated ? (updated.Attributes as T) : null;
}

type ConditionalDelete = Omit<DeleteCommandInput, 'ConditionExpression'> & { ConditionExpression: string };

/** One DeleteItem: true when the item went, false when the condition did not hold. */
export async function deleteIf(params: ConditionalDelete): Promise<boolean> {
  return (await unlessConditionFails(() => documents.delete(params))) !== null;
}

/**
 * The key condition of a whole partition of the table or an index, given as the entity module
 * names it (`{ gsi1pk: 'WAIT#…' }`).
 */
export function inPartition(partition: Record<string, string>) {
  const [name, value] = Object.entries(partition)[0]!;
  return {
    KeyConditionExpression: '#partition = :partition',
    ExpressionAttributeNames: { '#partition': name },
    ExpressionAttributeValues: { ':partition': value },
  };
}

/** One page of a Query (a list endpoint's page): one call. */
export async function queryPage<T>(
  params: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>,
  limit: number,
  start: Record<string, unknown> | undefined,
): Promise<{ items: T[]; next: Record<string, unknown> | undefined }> {
  const page = await documents.query({ ...params, Limit: limit, ExclusiveStartKey: start });
  return { items: (page.Items ?? []) as T[], next: page.LastEvaluatedKey };
}

async function everyPage<T>(
  read: (start: Record<string, unknown> | undefined) => Promise<{
    Items?: Record<string, unknown>[];
    LastEvaluatedKey?: Record<string, unknown>;
  }>,
): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await read(start);
    items.push(...((page.Items ?? []) as T[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item a Query matches, page after page: one call per page. */
export const queryAll = <T>(params: Omit<QueryCommandInput, 'ExclusiveStartKey'>) =>
  everyPage<T>((start) => documents.query({ ...params, ExclusiveStartKey: start }));

/** Every item a Scan matches. For scheduled jobs only: no request path scans. */
export const scanAll = <T>(params: Omit<ScanCommandInput, 'ExclusiveStartKey'>) =>
  everyPage<T>((start) => documents.scan({ ...params, ExclusiveStartKey: start }));
