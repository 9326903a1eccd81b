import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { shanghaiDate, type EnterpriseProfile } from '@szkc/shared';
import { jest } from '@jest/globals';
import { saveDraft } from '../../../policies/draft';
import { renderPage } from '../../../../test/render-page';
import { financeManager, policyApi } from '../../../../test/policy-fixtures';
import Taro, { answerModals, fakeStorage, setApiHandler } from '../../../../test/taro-double';
import { pickerStartingDate } from '../../../policies/FieldInput';
import MePage from '../../../pages/me/index';
import PolicyMatchPage from './index';

// A valid 统一社会信用代码 (check character per GB 32100).
const creditCode = '91640200MA76X12347';

const fieldOf = (label: string) => {
  const labelEl = [...document.querySelectorAll('.field-label')].find((el) => el.textContent === label);
  if (!labelEl) throw new Error(`no field ${label} on screen`);
  return labelEl.closest('.field') as HTMLElement;
};
const type = (label: string, value: string) =>
  fireEvent.change(fieldOf(label).querySelector('input')!, { target: { value } });
const choose = (label: string, choice: string) => fireEvent.click(within(fieldOf(label)).getByText(choice));
const openStep = (title: RegExp) => fireEvent.click(screen.getByText(title));
const resultOf = (name: string) =>
  within(
    [...document.querySelectorAll('.result')].find(
      (el) => el.querySelector('.result-name')?.textContent === name,
    ) as HTMLElement,
  );
/** The marks on screen: what fails, then what is open; what is met is folded (see passedOf). */
const marks = (name: string) =>
  [...resultOf(name).queryAllByText(/^[✓✗?]$/)].map((el) => el.textContent).join('');
const passedOf = (name: string) => resultOf(name).queryByText(/^✓ 已满足 \d+ 项条件/)?.textContent ?? null;
const rank = (verdict: string) => ['eligible', 'ineligible', 'incomplete'].indexOf(verdict);
const openPassed = (name: string) => fireEvent.click(resultOf(name).getByText(/^✓ 已满足 \d+ 项条件/));
/**
 * The 科小 figures of a firm with 100 staff, 5000 万 of sales, 4000 万 of costs and one Ⅰ类 IP,
 * `techStaff` of them in R&D and `rdCost` 万 spent on it; waits for the score it then gets.
 */
async function fillTechSme(techStaff: string, rdCost: string, score: string) {
  openStep(/^2\. 人员/);
  type('职工总数', '100');
  type('科技人员数', techStaff);
  openStep(/^3\. 收入与资产/);
  type('最近一年销售收入', '5000');
  openStep(/^4\. 研发投入/);
  type('最近一年研发费用', rdCost);
  type('最近一年成本费用支出总额', '4000');
  openStep(/^5\. 知识产权与资质/);
  type('Ⅰ类知识产权数量', '1');
  type('Ⅱ类知识产权数量', '0');
  await waitFor(() => expect(resultOf('科技型中小企业评价').getByText(score)).toBeTruthy());
}

beforeEach(() => saveDraft({}));

describe('政策匹配自测', () => {
  it('takes money in 万元 and shows it in yuan', () => {
    policyApi();
    renderPage(PolicyMatchPage);
    openStep(/^3\. 收入与资产/);
    type('最近一年销售收入', '6000');
    expect(within(fieldOf('最近一年销售收入')).getByText('折合 60,000,000 元')).toBeTruthy();
    type('资产总额', '0.07');
    expect(within(fieldOf('资产总额')).getByText('折合 700 元')).toBeTruthy();
    type('最近一年销售收入', '12.345');
    expect(within(fieldOf('最近一年销售收入')).getByText('最多保留两位小数（精确到百元）')).toBeTruthy();
  });

  it('shows ✓ ✗ ? for every criterion and updates while typing', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    expect(resultOf('研发费用加计扣除').getByText('信息不全')).toBeTruthy();
    expect(marks('研发费用加计扣除')).toBe('???');

    type('国民经济行业代码', 'C39');
    choose('企业所得税征收方式', '查账征收');
    await waitFor(() => expect(marks('研发费用加计扣除')).toBe('?'));
    expect(passedOf('研发费用加计扣除')).toBe('✓ 已满足 2 项条件（展开 ▾）');
    expect(resultOf('研发费用加计扣除').getByText('信息不全')).toBeTruthy();
    choose('是否为境内注册的居民企业', '是');
    await waitFor(() => expect(passedOf('研发费用加计扣除')).toBe('✓ 已满足 3 项条件（展开 ▾）'));
    expect(marks('研发费用加计扣除')).toBe('');
    expect(resultOf('研发费用加计扣除').getByText('符合')).toBeTruthy();
    openPassed('研发费用加计扣除');
    expect(marks('研发费用加计扣除')).toBe('✓✓✓');

    // The failure comes first, with the document named once under the policy.
    type('国民经济行业代码', 'F51');
    await waitFor(() => expect(marks('研发费用加计扣除')).toBe('✗✓✓'));
    expect(resultOf('研发费用加计扣除').getByText('不符合')).toBeTruthy();
    expect(
      resultOf('研发费用加计扣除').getByText(/F51（批发业）属于不适用税前加计扣除政策的行业$/),
    ).toBeTruthy();
    expect(
      resultOf('研发费用加计扣除').getByText(/^《.*》（财税〔2015〕119号）第五条第（一）项、第四条$/),
    ).toBeTruthy();
  });

  it('estimates the benefit in 万元, names the gap and the source, and marks unverified policies', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    type('国民经济行业代码', 'C39');
    choose('企业所得税征收方式', '查账征收');
    openStep(/^4\. 研发投入/);
    type('最近一年研发费用', '300');
    await waitFor(() => expect(resultOf('研发费用加计扣除').getByText('约 75 万元')).toBeTruthy());
    expect(resultOf('研发费用加计扣除').getByText(/假设企业有足够的应纳税所得额/)).toBeTruthy();

    // A loss year saves nothing now: the estimate says 0 and why.
    openStep(/^3\. 收入与资产/);
    type('最近一年应纳税所得额', '0');
    await waitFor(() => expect(resultOf('研发费用加计扣除').getByText('0 元')).toBeTruthy());
    expect(resultOf('研发费用加计扣除').getByText(/当年不会少缴税款.*企业所得税法》第十八条/)).toBeTruthy();
    // A profit below the deduction caps the saving: 50 万元 × 25%.
    type('最近一年应纳税所得额', '50');
    await waitFor(() => expect(resultOf('研发费用加计扣除').getByText('约 12.5 万元')).toBeTruthy());

    openStep(/^2\. 人员/);
    type('职工总数', '120');
    type('科技人员数', '6');
    await waitFor(() =>
      expect(
        resultOf('高新技术企业认定').getByText(
          /科技人员占职工总数 5%，低于 10% 的要求，还需增加 .* 名科技人员/,
        ),
      ).toBeTruthy(),
    );
    expect(resultOf('宁夏科技创新券').getByText('待核对：以主管部门最新文件为准')).toBeTruthy();
    expect(resultOf('研发费用加计扣除').queryByText(/待核对/)).toBeNull();
  });

  it('shows the tech-sme score', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    await fillTechSme('30', '300', '100 分');
  });

  it('asks the 科小 direct-route questions only while they can still decide it, in plain words', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    openStep(/^5\. 知识产权与资质/);
    const award = '近五年内是否获得国家级科技奖励并在获奖单位中排名前三';
    expect(within(fieldOf(award)).getByText('待填')).toBeTruthy();
    expect(within(fieldOf(award)).getByText(/国家科学技术进步奖.*排前三名/)).toBeTruthy();
    expect(
      within(fieldOf('近五年内是否主导制定过国际标准、国家标准或行业标准')).getByText(
        /团体标准、企业标准不算/,
      ),
    ).toBeTruthy();
    expect(within(fieldOf('是否已进入宁夏科技企业融资需求库')).getByText(/影响：宁科贷/)).toBeTruthy();

    // A 高新技术企业 certificate settles the score (第八条（一）) and the 宁科贷 qualification.
    choose('已获资质', '高新技术企业');
    await waitFor(() => expect(() => fieldOf(award)).toThrow());
    expect(() => fieldOf('是否已进入宁夏科技企业融资需求库')).toThrow();
    openPassed('科技型中小企业评价');
    expect(
      resultOf('科技型中小企业评价').getByText(/^持有有效期内的高新技术企业资格证书，可直接确认/),
    ).toBeTruthy();
    expect(
      resultOf('科技型中小企业评价').getByText(/^《科技型中小企业评价办法》.*第八条（一）$/),
    ).toBeTruthy();
  });

  it('explains the 科小 basic conditions of the 67号 guidance with their citation and what is unconfirmed', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    choose('企业所得税征收方式', '核定征收');
    await waitFor(() => expect(resultOf('科技型中小企业评价').getByText('不符合')).toBeTruthy());
    expect(resultOf('科技型中小企业评价').getByText(/会计核算健全、实行查账征收/)).toBeTruthy();
    expect(
      resultOf('科技型中小企业评价').getByText('《科技型中小企业评价服务工作指引》（国科火字〔2022〕67号）'),
    ).toBeTruthy();
    expect(
      resultOf('科技型中小企业评价').getAllByText(
        '待核对：《科技型中小企业评价服务工作指引》中的条款序号待核对',
      ),
    ).toHaveLength(2);
    expect(resultOf('研发费用加计扣除').getByText(/核定征收，不适用研发费用加计扣除$/)).toBeTruthy();
    expect(resultOf('研发费用加计扣除').getByText(/119号）第五条第（一）项、第四条$/)).toBeTruthy();
  });

  it('asks the loan questions in the steps where they belong', () => {
    policyApi();
    renderPage(PolicyMatchPage);
    expect(
      within(fieldOf('是否在石嘴山市依法纳税')).getByText(/石嘴山市（大武口区、惠农区、平罗县）的税务局/),
    ).toBeTruthy();
    openStep(/^6\. 合规情况/);
    expect(within(fieldOf('法定代表人是否有不良信用记录')).getByText(/失信被执行人/)).toBeTruthy();
    expect(
      within(fieldOf('是否发生重大安全、质量事故或严重环境违法、科研严重失信行为')).getByText(
        /高新技术企业只看申请前一年内/,
      ),
    ).toBeTruthy();
  });

  it("shows the shared schema's messages inline", () => {
    policyApi();
    renderPage(PolicyMatchPage);
    openStep(/^2\. 人员/);
    type('职工总数', '10');
    type('科技人员数', '12');
    expect(within(fieldOf('科技人员数')).getByText('科技人员数不能超过职工总数')).toBeTruthy();
    openStep(/^3\. 收入与资产/);
    type('最近一年销售收入', '-5');
    expect(within(fieldOf('最近一年销售收入')).getByText('最近一年销售收入不能为负数')).toBeTruthy();
  });

  it('folds away what no undecided policy needs any more', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    openStep(/^3\. 收入与资产/);
    expect(fieldOf('资产总额')).toBeTruthy();
    expect(
      within(fieldOf('资产总额')).getByText(
        /影响：科技型中小企业评价、宁科贷（宁夏科技型中小企业风险补偿贷款）/,
      ),
    ).toBeTruthy();

    // Listed as 失信: 科技型中小企业评价 and 宁科贷, the only users of 资产总额, are decided.
    openStep(/^6\. 合规情况/);
    choose('是否列入经营异常名录或严重违法失信名单', '是');
    await waitFor(() =>
      expect(resultOf('宁科贷（宁夏科技型中小企业风险补偿贷款）').getByText('不符合')).toBeTruthy(),
    );
    openStep(/^3\. 收入与资产/);
    expect(() => fieldOf('资产总额')).toThrow();
    fireEvent.click(screen.getByText('另有 1 项目前不影响结论，仍要填写'));
    expect(fieldOf('资产总额')).toBeTruthy();
  });

  describe('保存企业信息', () => {
    it('explains that saving needs a login and links to 我的', () => {
      policyApi();
      renderPage(PolicyMatchPage);
      expect(screen.getByText(/保存企业信息需要先登录/)).toBeTruthy();
      fireEvent.click(screen.getByText('去“我的”登录'));
      expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    });

    it('saves the profile in yuan', async () => {
      const requests = policyApi({
        signedIn: true,
        onSave: (request) => ({
          statusCode: 200,
          data: { ...(request.data as object), updatedAt: '2026-11-27T10:00:00+08:00' },
        }),
      });
      renderPage(PolicyMatchPage);
      type('统一社会信用代码', creditCode.toLowerCase());
      openStep(/^3\. 收入与资产/);
      type('最近一年销售收入', '12.34');
      fireEvent.click(await screen.findByText('保存企业信息', { selector: 'button' }));
      await waitFor(() =>
        expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '企业信息已保存' })),
      );
      const put = requests.find((r) => r.method === 'PUT')!;
      expect(put.data).toEqual({ profile: { creditCode, revenueLastYear: 123_400 } });
      expect(screen.getByText(/上次保存：11月27日/)).toBeTruthy();
    });

    it("shows the server's message on 422", async () => {
      policyApi({
        signedIn: true,
        onSave: () => ({
          statusCode: 422,
          data: {
            error: {
              code: 'VALIDATION_FAILED',
              message: '统一社会信用代码已注销，请核对',
              details: {
                issues: [{ path: 'profile.creditCode', message: '统一社会信用代码已注销，请核对' }],
              },
            },
          },
        }),
      });
      renderPage(PolicyMatchPage);
      type('统一社会信用代码', creditCode);
      fireEvent.click(await screen.findByText('保存企业信息', { selector: 'button' }));
      expect(
        await within(fieldOf('统一社会信用代码')).findByText('统一社会信用代码已注销，请核对'),
      ).toBeTruthy();
      expect(screen.getAllByText('统一社会信用代码已注销，请核对')).toHaveLength(2);
    });

    it("checks the 统一社会信用代码 with the schema's message before sending", async () => {
      const requests = policyApi({ signedIn: true });
      renderPage(PolicyMatchPage);
      type('统一社会信用代码', '91640200MA76X12340');
      fireEvent.click(await screen.findByText('保存企业信息', { selector: 'button' }));
      expect(
        within(fieldOf('统一社会信用代码')).getByText('统一社会信用代码校验位不正确，请核对'),
      ).toBeTruthy();
      expect(requests.some((r) => r.method === 'PUT')).toBe(false);
    });

    it('pre-fills the form from the saved profile', async () => {
      const profile: EnterpriseProfile = {
        creditCode,
        name: '石嘴山市某新材料有限公司',
        revenueLastYear: 60_000_000,
        hasCoreIp: true,
      };
      policyApi({ signedIn: true, saved: { profile, updatedAt: '2026-11-20T09:00:00+08:00' } });
      renderPage(PolicyMatchPage);
      expect(await screen.findByText('已填入您保存的企业信息。')).toBeTruthy();
      expect((fieldOf('企业名称').querySelector('input') as HTMLInputElement).value).toBe(
        '石嘴山市某新材料有限公司',
      );
      openStep(/^3\. 收入与资产/);
      expect((fieldOf('最近一年销售收入').querySelector('input') as HTMLInputElement).value).toBe('6000');
    });

    it('treats 404 from GET /me/enterprise as nothing saved, quietly', async () => {
      // API.md: 404 NOT_FOUND is "no such resource", here no profile saved yet.
      const logged = [jest.spyOn(console, 'error'), jest.spyOn(console, 'warn')];
      try {
        const requests = policyApi({ signedIn: true });
        renderPage(PolicyMatchPage);
        await waitFor(() => expect(requests.some((r) => r.url.endsWith('/me/enterprise'))).toBe(true));
        await waitFor(() => expect(screen.queryByText('正在读取您保存的企业信息…')).toBeNull());
        expect(screen.queryByText(/读取已保存的企业信息失败/)).toBeNull();
        expect(screen.queryByText(/已填入|一致/)).toBeNull();
        expect(screen.getByText('保存企业信息', { selector: 'button' })).toBeTruthy();
        for (const spy of logged) expect(spy).not.toHaveBeenCalled();
      } finally {
        for (const spy of logged) spy.mockRestore();
      }
    });
  });

  describe('the order of the result cards', () => {
    const cards = () =>
      [...document.querySelectorAll('.result')].map((card) => ({
        name: card.querySelector('.result-name')!.textContent,
        verdict: /verdict-(\w+)/.exec(card.querySelector('[class*="verdict-"]')!.className)?.[1] ?? '',
      }));

    it('puts 符合, then 不符合, then 信息不全 when the result is shown, and does not move cards while typing', async () => {
      policyApi();
      renderPage(PolicyMatchPage);
      const catalogue = cards().map((card) => card.name);
      expect(new Set(cards().map((card) => card.verdict))).toEqual(new Set(['incomplete']));

      type('国民经济行业代码', 'C39');
      choose('企业所得税征收方式', '查账征收');
      choose('是否为境内注册的居民企业', '是');
      openStep(/^6\. 合规情况/);
      choose('是否列入经营异常名录或严重违法失信名单', '是');
      await waitFor(() => expect(resultOf('研发费用加计扣除').getByText('符合')).toBeTruthy());
      await waitFor(() =>
        expect(resultOf('宁科贷（宁夏科技型中小企业风险补偿贷款）').getByText('不符合')).toBeTruthy(),
      );
      // Typing: the verdicts change in place, no card moves.
      expect(cards().map((card) => card.name)).toEqual(catalogue);

      fireEvent.click(screen.getByText('查看逐项结果 ↓'));
      const shown = cards();
      const verdicts = shown.map((card) => card.verdict);
      expect(verdicts).toEqual([...verdicts].sort((a, b) => rank(a) - rank(b)));
      expect(verdicts[0]).toBe('eligible');
      expect(verdicts).toContain('ineligible');
      expect(verdicts.at(-1)).toBe('incomplete');
      // Within a verdict, the catalogue order.
      for (const verdict of ['eligible', 'ineligible', 'incomplete']) {
        const names = shown.filter((card) => card.verdict === verdict).map((card) => card.name);
        expect(names).toEqual(catalogue.filter((name) => names.includes(name)));
      }

      // A change after that: in place again until the result is shown again.
      choose('是否列入经营异常名录或严重违法失信名单', '否');
      await waitFor(() =>
        expect(resultOf('宁科贷（宁夏科技型中小企业风险补偿贷款）').queryByText('不符合')).toBeNull(),
      );
      expect(cards().map((card) => card.name)).toEqual(shown.map((card) => card.name));
    });

    it('keeps the order of a reopened page, arranged from the draft', () => {
      saveDraft({ industryCode: 'F51' });
      policyApi();
      renderPage(PolicyMatchPage);
      const verdicts = cards().map((card) => card.verdict);
      expect(verdicts[0]).toBe('ineligible');
      expect(verdicts).toEqual([...verdicts].sort((a, b) => rank(a) - rank(b)));
    });
  });

  describe('the result, for a finance officer', () => {
    /** 科技人员 10% (4), 研发费用占销售收入 3% (20), 1 件Ⅰ类 (30): 54 分. */
    const fill54 = () => fillTechSme('10', '150', '54 分');

    it('says which 科小 indicators would raise a failed score, and by how much', async () => {
      policyApi();
      renderPage(PolicyMatchPage);
      await fill54();
      const techSme = resultOf('科技型中小企业评价');
      expect(techSme.getByText(/^还差 6 分。各项指标再升一档可加的分/)).toBeTruthy();
      expect(techSme.getByText('科技人员：4 分 → 8 分（+4 分）')).toBeTruthy();
      expect(techSme.getByText(/从 10% 提高到 15%：再增加 6 名科技人员/)).toBeTruthy();
      expect(techSme.getByText('研发投入：20 分 → 30 分（+10 分）')).toBeTruthy();
      expect(
        techSme.getByText(/研发费用占销售收入从 3% 提高到 4%：最近一年研发费用再增加约 50 万元/),
      ).toBeTruthy();
      // 科技成果 is at its 30 points: nothing to say about it.
      expect(techSme.queryByText(/^科技成果：/)).toBeNull();

      // Once the score passes, the advice goes.
      openStep(/^2\. 人员/);
      type('科技人员数', '20');
      await waitFor(() => expect(techSme.getByText('62 分')).toBeTruthy());
      expect(techSme.queryByText(/各项指标再升一档/)).toBeNull();
    });

    it('gives the next step of each policy: where, when, what and to whom, unconfirmed parts marked', async () => {
      policyApi();
      renderPage(PolicyMatchPage);
      type('国民经济行业代码', 'C39');
      choose('企业所得税征收方式', '查账征收');
      choose('是否为境内注册的居民企业', '是');
      const rd = resultOf('研发费用加计扣除');
      // Eligible: the next step is open.
      await waitFor(() => expect(rd.getByText('下一步：怎么申报')).toBeTruthy());
      // Where to apply is said at once; the rest waits behind its switch.
      expect(rd.getByText('申报渠道')).toBeTruthy();
      expect(rd.getByText(/^不需要事先审批/)).toBeTruthy();
      expect(rd.queryByText('申报时间')).toBeNull();
      fireEvent.click(rd.getByText(/^申报时间、材料和受理部门/));
      for (const part of ['申报时间', '申报材料', '受理和咨询']) expect(rd.getByText(part)).toBeTruthy();
      expect(rd.getByText(/次年 5 月 31 日前/)).toBeTruthy();
      expect(rd.getByText('依据《中华人民共和国企业所得税法》第五十四条')).toBeTruthy();
      expect(rd.getByText(/12366（未核实）/)).toBeTruthy();
      expect(rd.getAllByText(/^待核对：/).length).toBeGreaterThan(0);

      // Not decided yet: folded behind its switch, and says 以当年通知为准（未核实） once opened.
      const voucher = resultOf('宁夏科技创新券');
      expect(voucher.queryByText('申报渠道')).toBeNull();
      fireEvent.click(voucher.getByText(/^怎么申报：渠道、时间、材料和受理部门/));
      expect(voucher.getByText('申报时间以当年通知为准（未核实）。')).toBeTruthy();
      expect(voucher.getByText(/咨询电话未核实/)).toBeTruthy();
    });
  });

  describe('the form draft', () => {
    it('survives a reload (kept on the device) and 清空填写 removes it', async () => {
      policyApi();
      renderPage(PolicyMatchPage);
      type('企业名称', '石嘴山市某新材料有限公司');
      choose('是否为境内注册的居民企业', '是');
      openStep(/^2\. 人员/);
      type('职工总数', '120');
      expect(fakeStorage.get('szkc.policyDraft')).toEqual({
        name: '石嘴山市某新材料有限公司',
        employees: '120',
        isResidentEnterprise: true,
      });

      // The step is part of the draft: the reload opens 第 2 步 again.
      cleanup();
      renderPage(PolicyMatchPage);
      expect(screen.getByText(/^第 2 步（共 6 步）/)).toBeTruthy();
      expect((fieldOf('职工总数').querySelector('input') as HTMLInputElement).value).toBe('120');
      openStep(/^1\. 基本信息/);
      expect((fieldOf('企业名称').querySelector('input') as HTMLInputElement).value).toBe(
        '石嘴山市某新材料有限公司',
      );
      openStep(/^3\. 收入与资产/);

      answerModals(true);
      fireEvent.click(screen.getByText('清空填写'));
      await waitFor(() => expect(fakeStorage.has('szkc.policyDraft')).toBe(false));
      expect(fakeStorage.has('szkc.policyDraftStep')).toBe(false);
      expect(screen.getByText(/^第 1 步（共 6 步）/)).toBeTruthy();
      expect((fieldOf('企业名称').querySelector('input') as HTMLInputElement).value).toBe('');
      cleanup();
      renderPage(PolicyMatchPage);
      expect(screen.getByText(/^第 1 步（共 6 步）/)).toBeTruthy();
    });

    it('ignores a stored draft it cannot read', () => {
      fakeStorage.set('szkc.policyDraft', {
        name: 42,
        employees: '12',
        certifications: ['nope'],
        bogus: 'x',
      });
      policyApi();
      renderPage(PolicyMatchPage);
      expect((fieldOf('企业名称').querySelector('input') as HTMLInputElement).value).toBe('');
      openStep(/^2\. 人员/);
      expect((fieldOf('职工总数').querySelector('input') as HTMLInputElement).value).toBe('12');
    });

    it('says so instead of offering to replace when the draft is the saved profile', async () => {
      fakeStorage.set('szkc.policyDraft', { creditCode, revenueLastYear: '6000' });
      policyApi({
        signedIn: true,
        saved: {
          profile: { creditCode, revenueLastYear: 60_000_000 },
          updatedAt: '2026-11-20T09:00:00+08:00',
        },
      });
      renderPage(PolicyMatchPage);
      expect(await screen.findByText('本机保留的填写内容与您保存的企业信息一致。')).toBeTruthy();
      expect(screen.queryByText('使用已保存的信息')).toBeNull();
    });

    it('returns to the form after 去“我的”登录', async () => {
      policyApi();
      renderPage(PolicyMatchPage);
      type('企业名称', '石嘴山市某新材料有限公司');
      fireEvent.click(screen.getByText('去“我的”登录'));
      expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });

      cleanup();
      setApiHandler((request) =>
        request.url.endsWith('/auth/login')
          ? { statusCode: 200, data: { token: 'tok-fin', user: financeManager } }
          : { statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } },
      );
      renderPage(MePage);
      expect(screen.getByText('登录后会回到刚才的页面。')).toBeTruthy();
      fireEvent.change(screen.getByPlaceholderText('例如 zhangsan'), { target: { value: 'wang' } });
      fireEvent.click(screen.getByRole('button', { name: '登录' }));
      await waitFor(() =>
        expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/policies/match/index' }),
      );
    });

    it('a plain login on 我的 stays there', async () => {
      setApiHandler(() => ({ statusCode: 200, data: { token: 'tok-fin', user: financeManager } }));
      renderPage(MePage);
      fireEvent.change(screen.getByPlaceholderText('例如 zhangsan'), { target: { value: 'wang' } });
      fireEvent.click(screen.getByRole('button', { name: '登录' }));
      expect(await screen.findByText(financeManager.nickname)).toBeTruthy();
      expect(Taro.navigateTo).not.toHaveBeenCalled();
    });

    it('does not lose the first tap after leaving a field whose message then appears', async () => {
      policyApi();
      renderPage(PolicyMatchPage);
      const code = fieldOf('统一社会信用代码').querySelector('input')!;
      fireEvent.change(code, { target: { value: '91640200' } });
      fireEvent.blur(code);
      // The message waits for the tap that left the field: what was tapped has not moved.
      expect(
        within(fieldOf('统一社会信用代码')).queryByText(/统一社会信用代码/, { selector: '.error-text' }),
      ).toBeNull();
      choose('是否为境内注册的居民企业', '是');
      expect(
        within(fieldOf('是否为境内注册的居民企业')).getByText('是').closest('.chip-selected'),
      ).toBeTruthy();
      expect(
        await within(fieldOf('统一社会信用代码')).findByText(/.+/, { selector: '.error-text' }),
      ).toBeTruthy();
    });

    it('shows the message of a field left with the keyboard within a second', async () => {
      jest.useFakeTimers();
      try {
        policyApi();
        renderPage(PolicyMatchPage);
        const code = fieldOf('统一社会信用代码').querySelector('input')!;
        fireEvent.change(code, { target: { value: '91640200' } });
        fireEvent.blur(code);
        act(() => void jest.advanceTimersByTime(1000));
        expect(within(fieldOf('统一社会信用代码')).getByText(/.+/, { selector: '.error-text' })).toBeTruthy();
      } finally {
        jest.useRealTimers();
      }
    });

    it('opens the date picker years back when no date is chosen', () => {
      policyApi();
      renderPage(PolicyMatchPage);
      const picker = fieldOf('注册成立日期').querySelector('[data-picker-value]')!;
      expect(picker.getAttribute('data-picker-value')).toBe(pickerStartingDate(shanghaiDate()));
      expect(pickerStartingDate('2026-12-03')).toBe('2021-12-01');
      expect(within(fieldOf('注册成立日期')).getByText('点此选择日期')).toBeTruthy();
    });
  });
});
