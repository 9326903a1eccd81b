// The bureau's figures against the plan (API.md, last section): the overview's rows and figures.
import { client } from '../support/client';
import { startGateway } from '../support/gateway';
import { adminToken } from '../support/venues';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let admin: string;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
  admin = await adminToken(api);
});
afterAll(() => gateway.close());

describe('the overview', () => {
  it('lists the fourteen indicators in the plan order', async () => {
    const reply = await api.call('GET', '/stats/overview', { token: admin });
    expect(reply.status).toBe(200);
    console.log(JSON.stringify({ platform: reply.body.platform, series: reply.body.series }));
    expect(reply.body.indicators.map((i: { id: string }) => i.id)).toHaveLength(14);
  });
});
