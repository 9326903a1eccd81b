// The entry counter is recounted from the entries when a request died between its two writes.
import { documents } from '../../functions/src/store/document';
import { tableNames } from '../../functions/src/config';
import { contestKey } from '../../functions/src/contests/items';
import { recountAll, recountEntries } from '../../functions/src/contests/repair';
import { client } from '../support/client';
import { contestInput, leaderEntry, publishedContest } from '../support/contests';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

it('puts a counter that a dead request left off by one right, and leaves a right one alone', async () => {
  const { contest } = await publishedContest(api);
  await leaderEntry(api, contest.id);
  const withdrawn = await leaderEntry(api, contest.id);
  await api.call('POST', `/contests/${contest.id}/entries/${withdrawn.entry.id}/withdraw`, withdrawn.leader);
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(1);
  await documents.update({
    TableName: tableNames.contests,
    Key: contestKey(contest.id),
    UpdateExpression: 'ADD entryCount :one',
    ExpressionAttributeValues: { ':one': 1 },
  });
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(2);
  expect(await recountEntries(contest.id)).toBe(1);
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(1);
  expect(await recountEntries(contest.id)).toBe(1);
  expect(await recountEntries('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBeNull();
});

it('walks every contest, drafts too, and says which counters it corrected', async () => {
  const { contest, organizer } = await publishedContest(api);
  await leaderEntry(api, contest.id);
  const draft = await api.call('POST', '/contests', { token: organizer.token, body: contestInput() });
  expect(draft.status).toBe(201);
  await documents.update({
    TableName: tableNames.contests,
    Key: contestKey(contest.id),
    UpdateExpression: 'SET entryCount = :wrong',
    ExpressionAttributeValues: { ':wrong': 4 },
  });
  const reports = await recountAll();
  expect(reports).toContainEqual({
    contestId: contest.id,
    title: contest.title,
    entryCount: 1,
    corrected: 4,
  });
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(1);
  expect(reports).toContainEqual({
    contestId: draft.body.id,
    title: draft.body.title,
    entryCount: 0,
    corrected: null,
  });
  expect((await recountAll()).find((r) => r.contestId === contest.id)?.corrected).toBeNull();
});
