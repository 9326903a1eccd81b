import { screen } from '@testing-library/react';
import { renderPage } from '../../../../test/render-page';
import { policyApi } from '../../../../test/policy-fixtures';
import { setRouterParams } from '../../../../test/taro-double';
import PolicyDetailPage from './index';

describe('政策详情', () => {
  it('shows the criteria in words and the sources with their 文号', async () => {
    policyApi();
    setRouterParams({ id: 'high-tech-enterprise' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('高新技术企业认定')).toBeTruthy();
    expect(screen.getByText('条件已核对')).toBeTruthy();
    expect(screen.getByText('《高新技术企业认定管理办法》（国科发火〔2016〕32号）')).toBeTruthy();
    expect(screen.getAllByText(/比例不低于 10%/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/尚未与发文单位的现行文件核对/)).toBeNull();
    // 居民企业 (第二条) and the IP rule are criteria; the annual report is a yearly duty, not a criterion.
    expect(screen.getByText(/境内注册的居民企业/)).toBeTruthy();
    expect(screen.getByText(/没有任何Ⅰ类、Ⅱ类知识产权的企业不能认定/)).toBeTruthy();
    expect(screen.getByText('取得资格后每年要做的事')).toBeTruthy();
    expect(screen.getByText(/每年 5 月底前.*年度发展情况报表/)).toBeTruthy();
    expect(
      screen.getByText(/依据《高新技术企业认定管理办法》（国科发火〔2016〕32号）（条款序号待核对）/),
    ).toBeTruthy();
  });

  it('says how to apply: the channel and materials of 第十二条, the time and phone marked unverified', async () => {
    policyApi();
    setRouterParams({ id: 'high-tech-enterprise' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('怎么申报')).toBeTruthy();
    expect(screen.getByText(/在“高新技术企业认定管理工作网”注册登记/)).toBeTruthy();
    expect(screen.getByText('· 近三个会计年度企业所得税年度纳税申报表。')).toBeTruthy();
    expect(screen.getByText('· 高新技术企业认定申请书')).toBeTruthy();
    expect(
      screen.getAllByText('依据《高新技术企业认定管理办法》（国科发火〔2016〕32号）第十二条'),
    ).toHaveLength(2);
    expect(screen.getByText('宁夏按批次受理，当年的申报时间以当年通知为准（未核实）。')).toBeTruthy();
    expect(screen.getByText('待核对：当年申报时间未核实')).toBeTruthy();
    expect(screen.getByText(/咨询电话未核实/)).toBeTruthy();
  });

  it('shows the 科小 yearly renewal, the 67号 guidance and what of it is still to be checked', async () => {
    policyApi();
    setRouterParams({ id: 'tech-sme' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('科技型中小企业评价')).toBeTruthy();
    expect(screen.getByText('2017年5月3日起施行，暂无截止日期')).toBeTruthy();
    expect(screen.getByText(/每年 3 月底前.*逾期未更新的，入库资格失效/)).toBeTruthy();
    expect(screen.getByText('《科技型中小企业评价服务工作指引》（国科火字〔2022〕67号）')).toBeTruthy();
    expect(screen.queryByText(/2022年修订/)).toBeNull();
    expect(screen.getByText(/近五年内主导制定过国际标准、国家标准或行业标准/)).toBeTruthy();
    expect(screen.getAllByText('待核对：《科技型中小企业评价服务工作指引》中的条款序号待核对')).toHaveLength(
      2,
    );
  });

  it('marks an unverified policy and a source without 文号', async () => {
    policyApi();
    setRouterParams({ id: 'innovation-voucher' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('宁夏科技创新券')).toBeTruthy();
    expect(screen.getByText('待核对：以主管部门最新文件为准')).toBeTruthy();
    expect(screen.getByText(/尚未与发文单位的现行文件核对.*以主管部门最新文件为准/)).toBeTruthy();
    expect(screen.getByText('《宁夏回族自治区科技创新券管理暂行办法》（文号待核对）')).toBeTruthy();
    expect(screen.getByText('施行日期待核对，暂无截止日期')).toBeTruthy();
    expect(screen.queryByText('取得资格后每年要做的事')).toBeNull();
  });

  it('lists the 宁科贷 conditions the public text names, marked 待核对', async () => {
    policyApi();
    setRouterParams({ id: 'ningkedai' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('宁科贷（宁夏科技型中小企业风险补偿贷款）')).toBeTruthy();
    expect(screen.getByText(/或已进入宁夏科技企业融资需求库/)).toBeTruthy();
    expect(screen.getByText('企业法定代表人没有不良信用记录。')).toBeTruthy();
    expect(screen.getAllByText(/^待核对：尚未与管理办法现行文本逐条核对/)).toHaveLength(2);
  });

  it("shows the server's message for an unknown policy", async () => {
    policyApi();
    setRouterParams({ id: 'no-such-policy' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('未找到该政策')).toBeTruthy();
  });
});
