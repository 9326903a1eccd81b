import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError, contest, entry, founder, teammate } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, {
  answerModals,
  answerUploads,
  pickChatFiles,
  setRouterParams,
  useShareAppMessage,
  type FakeRequest,
  type FakeResponse,
} from '../../../../test/taro-double';
import ContestEntryPage from './index';

const entryUrl = 'http://api.test/contests/c1/entries/e1';
const contestUrl = 'http://api.test/contests/c1';
const ticket = {
  url: 'http://s3.test/plans',
  fields: { key: 'plans/e1/abc', Policy: 'p', 'X-Amz-Signature': 's', 'Content-Type': 'application/pdf' },
  key: 'plans/e1/abc',
  maxBytes: 20971520,
  expiresAt: '2026-12-05T10:10:00+08:00',
};
const uploadedPlan = {
  fileName: '商业计划书.pdf',
  contentType: 'application/pdf',
  size: 2_400_000,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-12-05T10:00:00+08:00',
};

type Route = (request: FakeRequest) => FakeResponse | undefined;

function openEntry(user = founder, ...routes: Route[]) {
  setRouterParams({ contestId: 'c1', entryId: 'e1' });
  return signedInAs(
    user,
    ...routes,
    ({ url }) => (url === contestUrl ? { statusCode: 200, data: contest() } : undefined),
    ({ url, method }) =>
      url === entryUrl && method === 'GET' ? { statusCode: 200, data: entry() } : undefined,
  );
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('我的参赛项目 page: the team', () => {
  it('shows members and the join code with its expiry; copies it and lets the leader renew it', async () => {
    const requests = openEntry(founder, ({ url, method }) =>
      url === `${entryUrl}/join-code` && method === 'POST'
        ? { statusCode: 200, data: entry({ joinCode: 'H4R8WX' }) }
        : undefined,
    );
    renderPage(ContestEntryPage);
    expect(await screen.findByText('K7Q 2MP')).toBeTruthy();
    expect(screen.getByText(/^有效期至 .*（7 天内有效）$/)).toBeTruthy();
    expect(screen.getByText('团队成员（1 人）')).toBeTruthy();
    expect(screen.getByText('本大赛每队 1–3 人。')).toBeTruthy();
    expect(screen.getByText('队长')).toBeTruthy();
    fireEvent.click(screen.getByText('复制邀请码'));
    expect(Taro.setClipboardData).toHaveBeenCalledWith({
      data: '2026 年石嘴山市创新创业大赛 参赛邀请码：K7Q2MP',
    });
    fireEvent.click(screen.getByText('重新生成邀请码（旧码作废）'));
    expect(await screen.findByText('H4R 8WX')).toBeTruthy();
    expect(requests.filter((r) => r.url === `${entryUrl}/join-code`)).toHaveLength(1);
  });

  it('puts the code in the share card path', async () => {
    openEntry();
    renderPage(ContestEntryPage);
    await screen.findByText('K7Q 2MP');
    const makeCard = jest.mocked(useShareAppMessage).mock.calls.at(-1)![0] as () => {
      title: string;
      path: string;
    };
    expect(makeCard()).toEqual({
      title: '邀请你加入“高纯硅基负极材料”参加2026 年石嘴山市创新创业大赛',
      path: '/packages/contests/join/index?contestId=c1&code=K7Q2MP',
    });
  });

  it('lets a member leave but not remove others', async () => {
    const twoMembers = entry({
      members: [
        { userId: founder.id, nickname: founder.nickname, isLeader: true },
        { userId: teammate.id, nickname: teammate.nickname, isLeader: false },
      ],
    });
    const requests = openEntry(
      teammate,
      ({ url, method }) =>
        url === entryUrl && method === 'GET' ? { statusCode: 200, data: twoMembers } : undefined,
      ({ url, method }) =>
        url === `${entryUrl}/members/${teammate.id}` && method === 'DELETE'
          ? { statusCode: 200, data: entry() }
          : undefined,
    );
    renderPage(ContestEntryPage);
    expect(await screen.findByText('（我）')).toBeTruthy();
    expect(screen.queryByText('移出')).toBeNull();
    expect(screen.queryByText('提交参赛')).toBeNull(); // the leader submits
    answerModals(true);
    fireEvent.click(screen.getByText('退出团队'));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
  });
});

describe('我的参赛项目 page: editing with version', () => {
  it('saves only the changed field with the version it started from', async () => {
    const requests = openEntry(founder, ({ url, method }) =>
      url === entryUrl && method === 'PATCH'
        ? { statusCode: 200, data: entry({ summary: '新的简介', version: 4 }) }
        : undefined,
    );
    renderPage(ContestEntryPage);
    fireEvent.click(await screen.findByText('修改项目信息'));
    fireEvent.change(screen.getByPlaceholderText('做什么、解决什么问题、进展到哪一步'), {
      target: { value: '新的简介' },
    });
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('新的简介')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PATCH')?.data).toEqual({ version: 3, summary: '新的简介' });
  });

  it('on VERSION_CONFLICT shows 已被队友修改 with the newer text and redoes the change on top of it', async () => {
    const newer = entry({ summary: '队友写的新简介', version: 4 });
    let patches = 0;
    const requests = openEntry(founder, ({ url, method }) => {
      if (url !== entryUrl || method !== 'PATCH') return undefined;
      patches += 1;
      return patches === 1
        ? apiError(409, 'VERSION_CONFLICT', '内容已被队友修改，请查看最新内容后再保存', { current: newer })
        : { statusCode: 200, data: entry({ summary: '队友写的新简介，再加我一句', version: 5 }) };
    });
    renderPage(ContestEntryPage);
    fireEvent.click(await screen.findByText('修改项目信息'));
    const summaryInput = () =>
      screen.getByPlaceholderText('做什么、解决什么问题、进展到哪一步') as HTMLTextAreaElement;
    fireEvent.change(summaryInput(), { target: { value: '我写的简介' } });
    fireEvent.click(screen.getByText('保存修改'));

    expect(await screen.findByText(/^已被队友修改/)).toBeTruthy();
    expect(screen.getAllByText('队友写的新简介').length).toBeGreaterThan(0);
    expect(screen.getByText('我写的简介', { selector: 'span' })).toBeTruthy();
    // Nothing was overwritten: the form still holds the person's text until they choose.
    expect(summaryInput().value).toBe('我写的简介');

    fireEvent.click(screen.getByText('以最新内容为准，在上面重新修改'));
    expect(summaryInput().value).toBe('队友写的新简介');
    fireEvent.change(summaryInput(), { target: { value: '队友写的新简介，再加我一句' } });
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('队友写的新简介，再加我一句')).toBeTruthy();
    const sent = requests.filter((r) => r.method === 'PATCH').map((r) => r.data);
    expect(sent).toEqual([
      { version: 3, summary: '我写的简介' },
      { version: 4, summary: '队友写的新简介，再加我一句' },
    ]);
  });
});

class FakeXhr {
  static status = 204;
  static sent: FormData[] = [];
  static opened: string[] = [];
  status = 0;
  upload: {
    onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
  } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(_method: string, url: string) {
    FakeXhr.opened.push(url);
  }
  send(form: FormData) {
    FakeXhr.sent.push(form);
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      this.status = FakeXhr.status;
      this.onload?.();
    }, 0);
  }
}

describe('我的参赛项目 page: the business plan', () => {
  const realXhr = globalThis.XMLHttpRequest;
  beforeEach(() => {
    FakeXhr.sent = [];
    FakeXhr.opened = [];
    FakeXhr.status = 204;
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = realXhr;
  });

  const planRoutes = (confirm: () => FakeResponse): Route[] => [
    ({ url, method }) =>
      url === `${entryUrl}/plan/upload` && method === 'POST' ? { statusCode: 200, data: ticket } : undefined,
    ({ url, method }) => (url === `${entryUrl}/plan` && method === 'POST' ? confirm() : undefined),
  ];

  const pick = (file: File) =>
    fireEvent.change(screen.getByTestId('plan-file-input'), { target: { files: [file] } });

  it('refuses a wrong type or an oversize file before any upload (H5)', async () => {
    const requests = openEntry(founder, ...planRoutes(() => ({ statusCode: 200, data: entry() })));
    renderPage(ContestEntryPage);
    await screen.findByText('商业计划书');
    pick(new File(['x'], '计划书.docx'));
    expect(await screen.findByText(/不是 PDF 或 PPTX 文件/)).toBeTruthy();
    const big = new File(['x'], '计划书.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    pick(big);
    expect(await screen.findByText(/超过了 20 MB/)).toBeTruthy();
    expect(requests.some((r) => r.url.includes('/plan'))).toBe(false);
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('posts the signed fields and the file to storage, then hands the key to the server (H5)', async () => {
    const requests = openEntry(
      founder,
      ...planRoutes(() => ({ statusCode: 200, data: entry({ plan: uploadedPlan }) })),
    );
    renderPage(ContestEntryPage);
    await screen.findByText('商业计划书');
    pick(new File(['%PDF-1.7'], '商业计划书.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('✓ 已上传：商业计划书.pdf')).toBeTruthy();
    expect(requests.find((r) => r.url === `${entryUrl}/plan/upload`)?.data).toEqual({
      fileName: '商业计划书.pdf',
      contentType: 'application/pdf',
      size: 8,
    });
    expect(FakeXhr.opened).toEqual(['http://s3.test/plans']);
    const form = FakeXhr.sent[0]!;
    expect([...form.keys()]).toEqual(['key', 'Policy', 'X-Amz-Signature', 'Content-Type', 'file']);
    expect(requests.find((r) => r.url === `${entryUrl}/plan`)?.data).toEqual({ key: 'plans/e1/abc' });
  });

  it('explains INVALID_FILE', async () => {
    openEntry(founder, ...planRoutes(() => apiError(422, 'INVALID_FILE', '文件无效')));
    renderPage(ContestEntryPage);
    await screen.findByText('商业计划书');
    pick(new File(['not a pdf'], '计划书.pdf'));
    expect(await screen.findByText(/可能只是改了后缀名/)).toBeTruthy();
  });

  it('on WeChat picks the file from a chat and sends it with uploadFile', async () => {
    const realEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    try {
      const requests = openEntry(
        founder,
        ...planRoutes(() => ({ statusCode: 200, data: entry({ plan: uploadedPlan }) })),
      );
      renderPage(ContestEntryPage);
      pickChatFiles([{ path: 'wxfile://tmp/plan.pdf', name: '商业计划书.pdf', size: 2_400_000 }]);
      answerUploads(204);
      fireEvent.click(await screen.findByText('从微信聊天中选择文件，上传商业计划书'));
      expect(await screen.findByText('✓ 已上传：商业计划书.pdf')).toBeTruthy();
      expect(Taro.chooseMessageFile).toHaveBeenCalledWith({
        count: 1,
        type: 'file',
        extension: ['pdf', 'pptx'],
      });
      expect(Taro.uploadFile).toHaveBeenCalledWith(
        expect.objectContaining({
          url: ticket.url,
          filePath: 'wxfile://tmp/plan.pdf',
          name: 'file',
          formData: ticket.fields,
        }),
      );
      expect(requests.find((r) => r.url === `${entryUrl}/plan`)?.data).toEqual({ key: 'plans/e1/abc' });
    } finally {
      process.env.TARO_ENV = realEnv;
    }
  });
});

describe('我的参赛项目 page: submit and withdraw', () => {
  it('shows the checklist, and what the server says is missing on ENTRY_INCOMPLETE', async () => {
    openEntry(founder, ({ url }) =>
      url === `${entryUrl}/submit`
        ? apiError(422, 'ENTRY_INCOMPLETE', '参赛材料尚不完整', { missing: ['商业计划书', '团队至少 2 人'] })
        : undefined,
    );
    renderPage(ContestEntryPage);
    expect(await screen.findByText('✗ 上传商业计划书（PDF 或 PPTX）')).toBeTruthy();
    expect(screen.getByText('✓ 团队至少 1 人（现有 1 人）')).toBeTruthy();
    fireEvent.click(screen.getByText('提交参赛'));
    expect(await screen.findByText('参赛材料尚不完整')).toBeTruthy();
    expect(screen.getByText('✗ 商业计划书')).toBeTruthy();
    expect(screen.getByText('✗ 团队至少 2 人')).toBeTruthy();
  });

  it('submits, and withdraws only after confirming', async () => {
    const requests = openEntry(
      founder,
      ({ url }) =>
        url === `${entryUrl}/submit`
          ? {
              statusCode: 200,
              data: entry({
                status: 'submitted',
                submittedAt: '2026-12-05T10:00:00+08:00',
                plan: uploadedPlan,
              }),
            }
          : undefined,
      ({ url }) =>
        url === `${entryUrl}/withdraw`
          ? { statusCode: 200, data: entry({ status: 'withdrawn' }) }
          : undefined,
    );
    renderPage(ContestEntryPage);
    fireEvent.click(await screen.findByText('提交参赛'));
    expect(await screen.findByText('已提交')).toBeTruthy();
    answerModals(false);
    fireEvent.click(screen.getByText('撤回参赛'));
    await tick();
    expect(requests.some((r) => r.url.endsWith('/withdraw'))).toBe(false);
    answerModals(true);
    fireEvent.click(screen.getByText('撤回参赛'));
    expect(await screen.findByText('已撤回')).toBeTruthy();
  });
});

describe('我的参赛项目 page: group and figures', () => {
  it('re-checks the group from the figures the entry holds and sends a changed group and figures', async () => {
    const held = entry({
      profile: { name: '石嘴山硅材科技有限公司', establishedOn: '2019-03-01' },
      groupId: 'startup',
    });
    const requests = openEntry(
      founder,
      ({ url, method }) =>
        url === entryUrl && method === 'GET' ? { statusCode: 200, data: held } : undefined,
      ({ url }) =>
        url === `${contestUrl}/eligibility`
          ? {
              statusCode: 200,
              data: {
                groups: [
                  { groupId: 'startup', verdict: 'ineligible', criteria: [], missingFields: [] },
                  { groupId: 'growth', verdict: 'eligible', criteria: [], missingFields: [] },
                ],
              },
            }
          : undefined,
      ({ url, method }) =>
        url === entryUrl && method === 'PATCH'
          ? { statusCode: 200, data: { ...held, groupId: 'growth', version: 4 } }
          : undefined,
    );
    renderPage(ContestEntryPage);
    fireEvent.click(await screen.findByText('修改项目信息'));
    expect(screen.getByText('已填入本项目报名时填写的企业数据。')).toBeTruthy();
    fireEvent.click(await screen.findByText('成长组（符合）'));
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('组别：成长组')).toBeTruthy();
    // The figures came back unchanged, so only the group is sent.
    expect(requests.find((r) => r.method === 'PATCH')?.data).toEqual({ version: 3, groupId: 'growth' });
    expect(requests.find((r) => r.url === `${contestUrl}/eligibility`)?.data).toEqual({
      profile: { name: '石嘴山硅材科技有限公司', establishedOn: '2019-03-01' },
    });
  });
});
