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
    expect(screen.getByText('已核对')).toBeTruthy();
    expect(screen.getByText(/《高新技术企业认定管理办法》（国科发火〔2016〕32号）/)).toBeTruthy();
    expect(screen.getAllByText(/比例不低于 10%/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/尚未与发文单位的现行文件核对/)).toBeNull();
  });

  it('marks an unverified policy and a source without 文号', async () => {
    policyApi();
    setRouterParams({ id: 'innovation-voucher' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('宁夏科技创新券')).toBeTruthy();
    expect(screen.getByText('待核对：以主管部门最新文件为准')).toBeTruthy();
    expect(screen.getByText(/尚未与发文单位的现行文件核对.*以主管部门最新文件为准/)).toBeTruthy();
    expect(screen.getByText('《宁夏回族自治区科技创新券管理暂行办法》（文号待核对）')).toBeTruthy();
  });

  it("shows the server's message for an unknown policy", async () => {
    policyApi();
    setRouterParams({ id: 'no-such-policy' });
    renderPage(PolicyDetailPage);
    expect(await screen.findByText('未找到该政策')).toBeTruthy();
  });
});
