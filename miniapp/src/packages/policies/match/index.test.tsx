import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EnterpriseProfile } from '@szkc/shared';
import { saveDraft } from '../../../policies/draft';
import { renderPage } from '../../../../test/render-page';
import { policyApi } from '../../../../test/policy-fixtures';
import Taro from '../../../../test/taro-double';
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
const marks = (name: string) =>
  [...resultOf(name).getAllByText(/^[✓✗?]$/)].map((el) => el.textContent).join('');

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
    await waitFor(() => expect(marks('研发费用加计扣除')).toBe('?✓✓'));
    expect(resultOf('研发费用加计扣除').getByText('信息不全')).toBeTruthy();
    choose('是否为境内注册的居民企业', '是');
    await waitFor(() => expect(marks('研发费用加计扣除')).toBe('✓✓✓'));
    expect(resultOf('研发费用加计扣除').getByText('符合')).toBeTruthy();

    type('国民经济行业代码', 'F51');
    await waitFor(() => expect(marks('研发费用加计扣除')).toBe('✓✗✓'));
    expect(resultOf('研发费用加计扣除').getByText('不符合')).toBeTruthy();
    expect(resultOf('研发费用加计扣除').getByText(/F51（批发业）.*财税〔2015〕119号/)).toBeTruthy();
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
    openStep(/^2\. 人员/);
    type('职工总数', '100');
    type('科技人员数', '30');
    openStep(/^3\. 收入与资产/);
    type('最近一年销售收入', '5000');
    openStep(/^4\. 研发投入/);
    type('最近一年研发费用', '300');
    type('最近一年成本费用支出总额', '4000');
    openStep(/^5\. 知识产权与资质/);
    type('Ⅰ类知识产权数量', '1');
    type('Ⅱ类知识产权数量', '0');
    await waitFor(() => expect(resultOf('科技型中小企业评价').getByText('100 分')).toBeTruthy());
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
    expect(
      resultOf('科技型中小企业评价').getByText(/持有有效期内的高新技术企业资格证书.*第八条（一）/),
    ).toBeTruthy();
  });

  it('explains the 科小 basic conditions of the 67号 guidance with their citation and what is unconfirmed', async () => {
    policyApi();
    renderPage(PolicyMatchPage);
    choose('企业所得税征收方式', '核定征收');
    await waitFor(() => expect(resultOf('科技型中小企业评价').getByText('不符合')).toBeTruthy());
    expect(
      resultOf('科技型中小企业评价').getByText(/会计核算健全、实行查账征收.*国科火字〔2022〕67号/),
    ).toBeTruthy();
    expect(
      resultOf('科技型中小企业评价').getAllByText(
        '待核对：《科技型中小企业评价服务工作指引》中的条款序号待核对',
      ),
    ).toHaveLength(2);
    expect(
      resultOf('研发费用加计扣除').getByText(/核定征收，不适用研发费用加计扣除.*第五条第（一）项/),
    ).toBeTruthy();
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

    it('treats 404 from GET /me/enterprise as nothing saved', async () => {
      const requests = policyApi({ signedIn: true });
      renderPage(PolicyMatchPage);
      await waitFor(() => expect(requests.some((r) => r.url.endsWith('/me/enterprise'))).toBe(true));
      expect(screen.queryByText(/读取已保存的企业信息失败/)).toBeNull();
      expect(screen.getByText('保存企业信息', { selector: 'button' })).toBeTruthy();
    });
  });
});
