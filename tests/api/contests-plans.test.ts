// Plans go straight from the phone to the object store; the server checks what was stored.
import { createHash } from 'node:crypto';
import { client } from '../support/client';
import { leaderEntry, publishedContest } from '../support/contests';
import { citizens } from '../support/events';
import { startGateway } from '../support/gateway';
import { pdfBytes, pdfType, pptxBytes, pptxType, uploadPlan } from '../support/plans';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const young = { establishedOn: '2025-06-01', revenueLastYear: 1_000_000 };

async function entryBase(overrides: Record<string, unknown> = {}) {
  const { contest, organizer } = await publishedContest(api);
  const { leader, entry } = await leaderEntry(api, contest.id, { profile: young, ...overrides });
  return { contest, organizer, leader, entry, base: `/contests/${contest.id}/entries/${entry.id}` };
}

describe('plan upload', () => {
  it('accepts a real PDF, records its sha256, serves it for 10 minutes, and lets the entry be submitted', async () => {
    const { leader, base, organizer } = await entryBase();
    const bytes = pdfBytes();
    const { upload, confirm } = await uploadPlan(api, leader.token, base, bytes);
    expect(upload.maxBytes).toBe(20 * 1024 * 1024);
    expect(upload.fields['Content-Type']).toBe(pdfType);
    expect(upload.fields.Policy ?? upload.fields.policy).toBeDefined();
    const policy = JSON.parse(Buffer.from(upload.fields.Policy, 'base64').toString());
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 20 * 1024 * 1024]);
    expect(policy.conditions).toContainEqual(['eq', '$Content-Type', pdfType]);
    expect(confirm.status).toBe(200);
    expect(confirm.body.plan).toMatchObject({
      fileName: '商业计划书.pdf',
      contentType: pdfType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });

    for (const who of [leader, organizer]) {
      const download = await api.call('GET', `${base}/plan`, who);
      expect(download.status).toBe(200);
      const minutes = (Date.parse(download.body.expiresAt) - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(9);
      expect(minutes).toBeLessThanOrEqual(10);
      expect(download.body.url).toMatch(/X-Amz-Expires=600/);
      const file = await fetch(download.body.url);
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
    }
    const submitted = await api.call('POST', `${base}/submit`, leader);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', round: 1, groupId: 'startup' });
    expect(submitted.body.submittedAt).not.toBeNull();
    // Still editable until the deadline, and it stays submitted.
    const edit = await api.call('PATCH', base, {
      token: leader.token,
      body: { version: submitted.body.version, summary: '提交后补充的简介' },
    });
    expect(edit.body).toMatchObject({ status: 'submitted', summary: '提交后补充的简介' });
  });

  it('accepts a pptx (a zip) and replaces the earlier plan', async () => {
    const { leader, base } = await entryBase();
    await uploadPlan(api, leader.token, base, pdfBytes());
    const { confirm } = await uploadPlan(api, leader.token, base, pptxBytes(), {
      contentType: pptxType,
      fileName: '路演.pptx',
    });
    expect(confirm.status).toBe(200);
    expect(confirm.body.plan).toMatchObject({ fileName: '路演.pptx', contentType: pptxType, size: 68 });
  });

  it('refuses a file lying about its type, and deletes it', async () => {
    const { leader, base } = await entryBase();
    const { upload, confirm } = await uploadPlan(
      api,
      leader.token,
      base,
      Buffer.from('MZ this is an executable'),
    );
    expect(confirm.status).toBe(422);
    expect(confirm.body.error.code).toBe('INVALID_FILE');
    expect(confirm.body.error.message).toContain('PDF');
    const again = await api.call('POST', `${base}/plan`, { token: leader.token, body: { key: upload.key } });
    expect(again.body.error.code).toBe('INVALID_FILE');
    expect(again.body.error.message).toContain('没有找到');
    const entry = await api.call('GET', base, leader);
    expect(entry.body.plan).toBeNull();
    const pptxClaim = await uploadPlan(api, leader.token, base, pdfBytes(), { contentType: pptxType });
    expect(pptxClaim.confirm.body.error.code).toBe('INVALID_FILE');
  });

  it('refuses an oversize file, declared or stored', async () => {
    const { leader, base } = await entryBase();
    const declared = await api.call('POST', `${base}/plan/upload`, {
      token: leader.token,
      body: { fileName: 'big.pdf', contentType: pdfType, size: 20 * 1024 * 1024 + 1 },
    });
    expect(declared.status).toBe(422);
    expect(declared.body.error.code).toBe('VALIDATION_FAILED');
    const word = await api.call('POST', `${base}/plan/upload`, {
      token: leader.token,
      body: { fileName: 'plan.doc', contentType: 'application/msword', size: 100 },
    });
    expect(word.body.error.code).toBe('VALIDATION_FAILED');
    // The local store does not enforce the policy's size range (S3 does): the server's check does.
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024)]);
    const { confirm } = await uploadPlan(api, leader.token, base, big, { declaredSize: 1000 });
    expect(confirm.status).toBe(422);
    expect(confirm.body.error.code).toBe('INVALID_FILE');
    expect(confirm.body.error.message).toContain('20 MB');
  });

  it('accepts only keys of this entry, and uploads only from members', async () => {
    const { leader, base, contest } = await entryBase();
    const other = await leaderEntry(api, contest.id);
    const { upload } = await uploadPlan(
      api,
      other.leader.token,
      `/contests/${contest.id}/entries/${other.entry.id}`,
      pdfBytes(),
    );
    for (const key of [upload.key, '../../etc/passwd', `uploads/${contest.id}/x`]) {
      const reply = await api.call('POST', `${base}/plan`, { token: leader.token, body: { key } });
      expect(reply.status).toBe(422);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    }
    const [stranger] = await citizens(api, 1, 'plan');
    const refused = await api.call('POST', `${base}/plan/upload`, {
      token: stranger!.token,
      body: { fileName: 'a.pdf', contentType: pdfType, size: 10 },
    });
    expect(refused.status).toBe(403);
    expect((await api.call('GET', `${base}/plan`, stranger!)).status).toBe(403);
    expect((await api.call('GET', `${base}/plan`, leader)).status).toBe(404);
  });
});
