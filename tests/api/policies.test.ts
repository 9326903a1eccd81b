// The policies capability over HTTP: the catalogue, and the eligibility engine answering exactly
// as it does in-process (on the phone) for every golden case, storing nothing.
import fc from 'fast-check';
import {
  allPolicies,
  creditCodeMessages,
  eligibilityResponseSchema,
  enterpriseProfileSchema,
  evaluateEligibility,
  policyIdValues,
  profileFieldLabels,
  shanghaiDate,
  toPolicyDetail,
  toPolicySummary,
} from '@szkc/shared';
import { qualifyingProfile } from '../../shared/src/policies/test-fixtures';
import { goldenMismatches, loadGoldenCases } from '../policies/golden-cases';
import { client } from '../support/client';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const chinese = /[\u4e00-\u9fa5]/;
const expectError = (reply: { status: number; body: any }, status: number, code: string) => {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body).toEqual({
    error: {
      code,
      message: expect.stringMatching(chinese),
      ...(reply.body?.error?.details ? { details: expect.any(Object) } : {}),
    },
  });
};
const issuePaths = (reply: { body: any }) =>
  (reply.body.error.details.issues as Array<{ path: string }>).map((i) => i.path);
const eligibility = (body: unknown) => api.call('POST', '/policies/eligibility', { body });
/** An answered check writes one thing: the day's count per policy and verdict (nothing of the profile). */
const countedOnly = 'UpdateItemCommand';

describe('GET /policies', () => {
  it('lists all six policies in API.md order on one page, from the catalogue, with no store call', async () => {
    const reply = await api.call('GET', '/policies');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ items: allPolicies.map(toPolicySummary), nextCursor: null });
    expect(reply.body.items.map((p: { id: string }) => p.id)).toEqual([...policyIdValues]);
    for (const item of reply.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          'id',
          'name',
          'category',
          'level',
          'issuer',
          'summary',
          'validFrom',
          'validTo',
          'sources',
          'verified',
        ].sort(),
      );
      expect(['national', 'region', 'city']).toContain(item.level);
      expect(item.sources.length).toBeGreaterThan(0);
    }
    expect(reply.headers.get('x-store-calls')).toBe('none');
  });

  it('pages with ?limit= and the opaque ?cursor= it returns', async () => {
    const first = await api.call('GET', '/policies?limit=4');
    expect(first.status).toBe(200);
    expect(first.body.items.map((p: { id: string }) => p.id)).toEqual(policyIdValues.slice(0, 4));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.call(
      'GET',
      `/policies?limit=4&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.body.items.map((p: { id: string }) => p.id)).toEqual(policyIdValues.slice(4));
    expect(second.body.nextCursor).toBeNull();
    const exact = await api.call('GET', '/policies?limit=6');
    expect(exact.body.items).toHaveLength(6);
    expect(exact.body.nextCursor).toBeNull();
  });

  it('rejects a limit outside 1..100 and a cursor it did not issue with 422', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'limit=2.5']) {
      const reply = await api.call('GET', `/policies?${query}`);
      expectError(reply, 422, 'VALIDATION_FAILED');
      expect(issuePaths(reply), query).toEqual(['limit']);
    }
    for (const cursor of ['bogus', 'x'.repeat(1025), '']) {
      const reply = await api.call('GET', `/policies?cursor=${cursor}`);
      expectError(reply, 422, 'VALIDATION_FAILED');
      expect(issuePaths(reply), cursor).toEqual(['cursor']);
    }
  });
});

describe('GET /policies/{id}', () => {
  it.each(policyIdValues.map((id) => [id]))('%s: the summary plus the criteria in words', async (id) => {
    const reply = await api.call('GET', `/policies/${id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(toPolicyDetail(allPolicies.find((p) => p.id === id)!));
    expect(reply.body.criteria.length).toBeGreaterThan(0);
    for (const criterion of reply.body.criteria) expect(criterion.description).toMatch(chinese);
    expect(reply.headers.get('x-store-calls')).toBe('none');
  });

  it('gives the yearly obligations, what is unconfirmed, and no invented first day', async () => {
    const techSme = (await api.call('GET', '/policies/tech-sme')).body;
    expect(techSme.validFrom).toBe('2017-05-03');
    expect(techSme.obligations).toEqual([
      expect.objectContaining({ id: 'yearly-update', text: expect.stringContaining('每年 3 月底前') }),
    ]);
    expect(techSme.sources.map((s: { docNumber: string }) => s.docNumber)).toContain('国科火字〔2022〕67号');
    const highTech = (await api.call('GET', '/policies/high-tech-enterprise')).body;
    expect(highTech.obligations[0].text).toContain('每年 5 月底前');
    for (const id of ['innovation-voucher', 'ningkedai', 'shizuishan-tech-loan']) {
      const detail = (await api.call('GET', `/policies/${id}`)).body;
      expect(detail.validFrom, id).toBeNull();
      expect(detail.verified, id).toBe(false);
      expect(detail.obligations, id).toEqual([]);
    }
    const loan = (await api.call('GET', '/policies/shizuishan-tech-loan')).body;
    expect(loan.criteria.find((c: { id: string }) => c.id === 'pays-tax-in-shizuishan')).toMatchObject({
      fields: ['paysTaxInShizuishan'],
      unverified: expect.stringMatching(chinese),
    });
  });

  it('answers an unknown id with 404 NOT_FOUND in Chinese', async () => {
    for (const id of ['nope', 'HIGH-TECH-ENTERPRISE', 'tech-sme%20', '%E4%B8%AD', 'x'.repeat(300)]) {
      const reply = await api.call('GET', `/policies/${id}`);
      expectError(reply, 404, 'NOT_FOUND');
      expect(reply.body.error.message).toBe('未找到该政策');
    }
  });
});

describe('POST /policies/eligibility: golden cases over HTTP', () => {
  const cases = loadGoldenCases();

  it('has the golden cases of every policy', () => {
    for (const id of policyIdValues)
      expect(cases.filter((c) => c.policy === id).length, id).toBeGreaterThanOrEqual(12);
  });

  describe.each(policyIdValues.map((id) => [id, cases.filter((c) => c.policy === id)] as const))(
    '%s',
    (_id, own) => {
      it.each(own.map((c) => [c.name, c] as const))('%s', async (_name, goldenCase) => {
        const reply = await eligibility({ profile: goldenCase.profile, asOf: goldenCase.asOf });
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        expect(goldenMismatches(goldenCase, reply.body)).toEqual([]);
        // The phone runs the same engine on the same input: the answers are identical.
        expect(reply.body).toEqual(
          evaluateEligibility(enterpriseProfileSchema.parse(goldenCase.profile), goldenCase.asOf),
        );
        expect(eligibilityResponseSchema.safeParse(reply.body).success).toBe(true);
        expect(reply.headers.get('x-store-calls')).toBe(countedOnly);
      });
    },
  );
});

describe('POST /policies/eligibility', () => {
  it('evaluates as of today in Asia/Shanghai when asOf is left out, and stores nothing of the profile', async () => {
    const before = shanghaiDate();
    const reply = await eligibility({ profile: qualifyingProfile });
    const after = shanghaiDate();
    expect(reply.status).toBe(200);
    expect([before, after]).toContain(reply.body.asOf);
    expect(reply.body).toEqual(evaluateEligibility(qualifyingProfile, reply.body.asOf));
    expect(reply.headers.get('x-store-calls')).toBe(countedOnly);
  });

  it('answers an empty profile with every policy incomplete and the fields it needs', async () => {
    const reply = await eligibility({ profile: {}, asOf: '2026-06-30' });
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r: { policyId: string }) => r.policyId)).toEqual([...policyIdValues]);
    for (const result of reply.body.results) {
      expect(result.verdict, result.policyId).toBe('incomplete');
      expect(result.missingFields.length, result.policyId).toBeGreaterThan(0);
      for (const field of result.missingFields) expect(Object.keys(profileFieldLabels)).toContain(field);
    }
  });

  it('leaves out policies not yet in force on asOf, and keeps those whose first day is unconfirmed', async () => {
    const reply = await eligibility({ profile: qualifyingProfile, asOf: '2017-05-02' });
    expect(reply.status).toBe(200);
    const ids = reply.body.results.map((r: { policyId: string }) => r.policyId);
    expect(ids).toEqual(['high-tech-enterprise', 'innovation-voucher', 'ningkedai', 'shizuishan-tech-loan']);
    const next = await eligibility({ profile: qualifyingProfile, asOf: '2017-05-03' });
    expect(next.body.results.map((r: { policyId: string }) => r.policyId)).toContain('tech-sme');
  });

  it('takes the new profile questions and answers with them', async () => {
    const profile = {
      ...qualifyingProfile,
      employees: 100,
      techStaff: 10,
      rdExpenseLastYear: 1_000_000,
      totalCostsLastYear: 50_000_000,
      ipClassI: 0,
      ipClassII: 1,
      certifications: [],
      ledStandard: true,
      inFinancingDemandPool: true,
      legalRepBadCredit: false,
      paysTaxInShizuishan: false,
    };
    const reply = await eligibility({ profile, asOf: '2026-06-30' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const byId = Object.fromEntries(reply.body.results.map((r: { policyId: string }) => [r.policyId, r]));
    const criterion = (policyId: string, id: string) =>
      byId[policyId].criteria.find((c: { id: string }) => c.id === id);
    expect(byId['tech-sme'].verdict).toBe('eligible');
    expect(criterion('tech-sme', 'score-or-direct').detail).toContain('第八条（四）');
    expect(byId.ningkedai.verdict).toBe('eligible');
    expect(byId['shizuishan-tech-loan'].verdict).toBe('ineligible');
    expect(criterion('shizuishan-tech-loan', 'pays-tax-in-shizuishan').outcome).toBe('fail');
    expect(reply.body).toEqual(evaluateEligibility(enterpriseProfileSchema.parse(profile), '2026-06-30'));
  });

  it('does not need or mind a login', async () => {
    const { token } = await api.login('admin');
    const reply = await api.call('POST', '/policies/eligibility', {
      token,
      body: { profile: qualifyingProfile, asOf: '2026-06-30' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(evaluateEligibility(qualifyingProfile, '2026-06-30'));
  });
});

describe('POST /policies/eligibility: bad input', () => {
  const cases: Array<[string, unknown, string[], string?]> = [
    [
      'negative money',
      { profile: { revenueLastYear: -1 } },
      ['profile.revenueLastYear'],
      '最近一年销售收入不能为负数',
    ],
    ['money with a fraction', { profile: { rdExpenseLastYear: 1.5 } }, ['profile.rdExpenseLastYear']],
    ['money beyond any enterprise', { profile: { totalAssets: 2e13 } }, ['profile.totalAssets']],
    [
      'techStaff > employees',
      { profile: { employees: 10, techStaff: 11 } },
      ['profile.techStaff'],
      '科技人员数不能超过职工总数',
    ],
    ['a string for a number', { profile: { employees: '100' } }, ['profile.employees'], '职工总数应为数字'],
    ['a string for money', { profile: { revenueLastYear: '5000万' } }, ['profile.revenueLastYear']],
    ['a number for a boolean', { profile: { hasCoreIp: 1 } }, ['profile.hasCoreIp']],
    ['NaN-like score', { profile: { innovationScore: 101 } }, ['profile.innovationScore']],
    [
      'a word for a 科小 direct-route answer',
      { profile: { nationalAward: '是' } },
      ['profile.nationalAward'],
      '近五年内是否获得国家级科技奖励并在获奖单位中排名前三应为“是”或“否”',
    ],
    [
      'a number for the legal representative’s credit',
      { profile: { legalRepBadCredit: 0 } },
      ['profile.legalRepBadCredit'],
    ],
    [
      'null for paying tax in 石嘴山',
      { profile: { paysTaxInShizuishan: null } },
      ['profile.paysTaxInShizuishan'],
    ],
    ['unknown profile field', { profile: { revenue: 1 } }, ['profile'], '不支持的字段：revenue'],
    ['unknown top-level field', { profile: {}, userId: 'x' }, [''], '不支持的字段：userId'],
    ['unknown certification', { profile: { certifications: ['iso9001'] } }, ['profile.certifications.0']],
    [
      'wrong check digit',
      { profile: { creditCode: '91640200MA76L0K2X8' } },
      ['profile.creditCode'],
      creditCodeMessages.checkDigit,
    ],
    ['no profile', { asOf: '2026-06-30' }, ['profile']],
    ['profile not an object', { profile: [] }, ['profile']],
    ['impossible asOf', { profile: {}, asOf: '2026-02-30' }, ['asOf']],
    ['asOf in another format', { profile: {}, asOf: '2026/06/30' }, ['asOf']],
    ['asOf with a time', { profile: {}, asOf: '2026-06-30T00:00:00+08:00' }, ['asOf']],
    ['asOf as a number', { profile: {}, asOf: 20260630 }, ['asOf']],
    ['body is an array', [], ['']],
    ['body is null', null, ['']],
    ['body is a string', 'profile', ['']],
  ];

  // Each row as one argument: jest passes a `done` callback to a test with more parameters than
  // its row has values, and rows here omit the optional message.
  it.each(cases.map((row) => [row[0], row] as const))(
    '%s → 422 VALIDATION_FAILED on the field',
    async (_label, [, body, paths, message]) => {
      const reply = await eligibility(body);
      expectError(reply, 422, 'VALIDATION_FAILED');
      expect(issuePaths(reply)).toEqual(paths);
      for (const issue of reply.body.error.details.issues) expect(issue.message).toMatch(chinese);
      if (message) expect(reply.body.error.details.issues[0].message).toBe(message);
      expect(reply.headers.get('x-store-calls')).toBe('none');
    },
  );

  it('answers a 10 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const raw = JSON.stringify({ profile: { name: 'x'.repeat(10 * 1024 * 1024) } });
    const reply = await api.call('POST', '/policies/eligibility', { raw });
    expectError(reply, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with 400 and a non-JSON content type with 400', async () => {
    expectError(await api.call('POST', '/policies/eligibility', { raw: '{"profile":' }), 400, 'BAD_REQUEST');
    expectError(
      await api.call('POST', '/policies/eligibility', {
        raw: '{"profile":{}}',
        headers: { 'content-type': 'text/plain' },
      }),
      400,
      'BAD_REQUEST',
    );
  });

  it('answers any JSON with 200 (the engine, exactly) or a 4xx in the error shape, never a 5xx', async () => {
    const fields = Object.keys(profileFieldLabels);
    const nearlyValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.integer({ min: -10, max: 1e9 }),
      fc.constantFrom(
        0,
        1e13,
        1e13 + 1,
        -0,
        2 ** 53,
        0.5,
        '640202',
        'C39',
        'F51',
        '2020-01-01',
        'audit',
        true,
        false,
        [],
      ),
    );
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ profile: fc.jsonValue({ maxDepth: 2 }) }),
      fc.record(
        {
          profile: fc.dictionary(fc.constantFrom(...fields), nearlyValue, { maxKeys: 8 }),
          asOf: fc.constantFrom('2026-06-30', '2016-01-01', '1900-01-01', '9999-12-31', '2026-13-01', ''),
        },
        { requiredKeys: ['profile'] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const reply = await eligibility(value);
        expect(
          reply.status === 200 || (reply.status >= 400 && reply.status < 500),
          JSON.stringify(reply.body),
        ).toBe(true);
        expect(reply.headers.get('x-store-calls')).toBe(reply.status === 200 ? countedOnly : 'none');
        if (reply.status === 200) {
          const request = value as { profile: unknown; asOf?: string };
          const profile = enterpriseProfileSchema.parse(request.profile);
          expect(reply.body).toEqual(evaluateEligibility(profile, request.asOf ?? reply.body.asOf));
        } else {
          expect(reply.body.error.code).toMatch(/^[A-Z_]+$/);
          expect(reply.body.error.message).toMatch(chinese);
        }
      }),
      { numRuns: 300 },
    );
  });
});
