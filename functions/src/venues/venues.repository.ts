// Venues: create, read, change, list, staff. The list is one partition of a small index (the
// city has tens of venues, not thousands), read whole and ordered in code.
import { ulid } from 'ulid';
import type { VenueCreate, VenuePatch } from '@szkc/shared';
import { tableNames } from '../config';
import { documents } from '../store/document';
import { inPartition, queryAll, updateIf } from '../store/operations';
import { allVenuesKeys, allVenuesPartition, venueKey, type VenueItem } from './items';

const TableName = () => tableNames.venues;

export async function getVenue(venueId: string, consistent = false): Promise<VenueItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: venueKey(venueId),
    ConsistentRead: consistent,
  });
  return (Item as VenueItem | undefined) ?? null;
}

export const listVenues = () =>
  queryAll<VenueItem>({ TableName: TableName(), IndexName: 'gsi1', ...inPartition(allVenuesPartition) });

/** A new venue; `id` only for seeds, which keep fixed ids. */
export async function createVenue(input: VenueCreate, id = ulid()): Promise<VenueItem> {
  const now = new Date().toISOString();
  const item: VenueItem = {
    ...venueKey(id),
    id,
    name: input.name,
    kind: input.kind,
    district: input.district,
    address: input.address,
    location: input.location,
    openingHours: input.openingHours,
    description: input.description,
    checkinMode: input.checkinMode,
    radiusM: input.radiusM,
    ...(input.phone ? { phone: input.phone } : {}),
    staffIds: [],
    codeKeyVersion: 0,
    createdAt: now,
    updatedAt: now,
    ...allVenuesKeys(input.name, id),
  };
  await documents.put({
    TableName: TableName(),
    Item: item,
    ConditionExpression: 'attribute_not_exists(pk)',
  });
  return item;
}

/** Applies a checked patch to an existing venue; null when there is none. */
export async function patchVenue(venueId: string, patch: VenuePatch): Promise<VenueItem | null> {
  const set: Record<string, unknown> = { updatedAt: new Date().toISOString() };
  const remove: string[] = [];
  for (const field of [
    'name',
    'kind',
    'district',
    'address',
    'location',
    'openingHours',
    'description',
    'checkinMode',
    'radiusM',
  ] as const) {
    if (patch[field] !== undefined) set[field] = patch[field];
  }
  if (patch.phone !== undefined) {
    if (patch.phone === null) remove.push('phone');
    else set.phone = patch.phone;
  }
  if (patch.name !== undefined) set.gsi1sk = allVenuesKeys(patch.name, venueId).gsi1sk;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const assignments = Object.keys(set).map((field, i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = set[field];
    return `#f${i} = :v${i}`;
  });
  let update = `SET ${assignments.join(', ')}`;
  if (patch.rotatePrintedCode) {
    values[':one'] = 1;
    update += ' ADD codeKeyVersion :one';
  }
  if (remove.length) update += ` REMOVE ${remove.join(', ')}`;
  return updateIf<VenueItem>({
    TableName: TableName(),
    Key: venueKey(venueId),
    UpdateExpression: update,
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
}

export const setStaff = (venueId: string, userIds: string[]) =>
  updateIf<VenueItem>({
    TableName: TableName(),
    Key: venueKey(venueId),
    UpdateExpression: 'SET staffIds = :ids, updatedAt = :now',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':ids': userIds, ':now': new Date().toISOString() },
  });
