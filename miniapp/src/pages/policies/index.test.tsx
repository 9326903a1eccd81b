import { fireEvent, screen, within } from '@testing-library/react';
import { renderPage } from '../../../test/render-page';
import { policyApi } from '../../../test/policy-fixtures';
import Taro, { setApiHandler } from '../../../test/taro-double';
import PoliciesPage from './index';

const cardOf = (name: string) => screen.getByText(name).closest('.policy-card') as HTMLElement;

describe('政策 tab', () => {
  it('lists every policy with its level, issuer, validity and verified badge', async () => {
    policyApi();
    renderPage(PoliciesPage);

    const highTech = within(
      await screen.findByText('高新技术企业认定').then(() => cardOf('高新技术企业认定')),
    );
    expect(highTech.getByText('国家级')).toBeTruthy();
    expect(highTech.getByText('条件已核对')).toBeTruthy();
    expect(highTech.getByText(/发布单位：科技部 财政部 国家税务总局/)).toBeTruthy();

    const loan = within(cardOf('石嘴山市科技创新贷'));
    expect(loan.getByText('市级')).toBeTruthy();
    expect(loan.getByText('待核对：以主管部门最新文件为准')).toBeTruthy();

    expect(within(cardOf('宁夏科技创新券')).getByText('自治区级')).toBeTruthy();
    expect(screen.getAllByText('条件已核对')).toHaveLength(3);
    expect(screen.getAllByText('待核对：以主管部门最新文件为准')).toHaveLength(3);
    // The three national policies have confirmed first days; the regional ones do not (no invented dates).
    expect(screen.getAllByText(/^\d{4}年\d+月\d+日起施行，暂无截止日期$/)).toHaveLength(3);
    expect(highTech.getByText('2016年1月1日起施行，暂无截止日期')).toBeTruthy();
    expect(within(cardOf('科技型中小企业评价')).getByText('2017年5月3日起施行，暂无截止日期')).toBeTruthy();
    expect(loan.getByText('施行日期待核对，暂无截止日期')).toBeTruthy();
    expect(screen.getAllByText('施行日期待核对，暂无截止日期')).toHaveLength(3);
  });

  it('opens a policy and the self-test', async () => {
    policyApi();
    renderPage(PoliciesPage);
    fireEvent.click(await screen.findByText('研发费用加计扣除'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/policies/detail/index?id=rd-super-deduction',
    });
    fireEvent.click(screen.getByText('政策匹配自测'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/policies/match/index' });
  });

  it('says so when there are no policies', async () => {
    setApiHandler(() => ({ statusCode: 200, data: { items: [], nextCursor: null } }));
    renderPage(PoliciesPage);
    expect(await screen.findByText('暂无可查询的政策')).toBeTruthy();
  });

  it("shows the server's message and retries", async () => {
    let calls = 0;
    setApiHandler(() => {
      calls += 1;
      return calls === 1
        ? { statusCode: 503, data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } } }
        : { statusCode: 200, data: { items: [], nextCursor: null } };
    });
    renderPage(PoliciesPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('暂无可查询的政策')).toBeTruthy();
  });
});
