import { fireEvent, screen, waitFor } from '@testing-library/react';
import { shanghaiDate, type User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import { ok } from '../../../../test/venue-fixtures';
import { downloadWorkbook } from '../../../../test/workbook-download';
import { addDays, thisWeek } from '../../../venues/days';
import AdminVenueStatsPage from './index';

const admin: User = { id: 'a1', nickname: '管理员', roles: ['citizen', 'admin'], phoneMasked: null };
const isStats = (url: string) => url.startsWith('http://api.test/stats/venues?');

describe('场馆打卡统计 (admin)', () => {
  it('shows every venue for this week, then for another range, with totals', async () => {
    const requests = signedInAs(admin, ({ url }) =>
      isStats(url)
        ? ok({
            items: [
              { venueId: 'v1', name: '石嘴山科技馆', district: '640202', visits: 120, firstTimeVisitors: 80 },
              {
                venueId: 'v2',
                name: '平罗中学智慧科普校园',
                district: '640221',
                visits: 30,
                firstTimeVisitors: 25,
              },
            ],
          })
        : undefined,
    );
    renderPage(AdminVenueStatsPage);
    expect(await screen.findByText('共 150 人次')).toBeTruthy();
    expect(screen.getByText('其中首次到访 105 人')).toBeTruthy();
    expect(screen.getByText('平罗县')).toBeTruthy();
    const week = thisWeek();
    expect(requests.find((r) => isStats(r.url))?.url).toBe(
      `http://api.test/stats/venues?from=${week.from}&to=${week.to}`,
    );

    fireEvent.click(screen.getByText('近 30 天'));
    const today = shanghaiDate();
    await waitFor(() =>
      expect(requests.at(-1)?.url).toBe(
        `http://api.test/stats/venues?from=${addDays(today, -29)}&to=${today}`,
      ),
    );
  });

  it('downloads the workbook of the range with the token', async () => {
    signedInAs(admin, ({ url }) => (isStats(url) ? ok({ items: [] }) : undefined));
    renderPage(AdminVenueStatsPage);
    await screen.findByText('共 0 人次');
    const download = await downloadWorkbook('导出 Excel');
    expect(download.url).toMatch(/^http:\/\/api\.test\/stats\/venues\.xlsx\?from=\d{4}-\d{2}-\d{2}&to=/);
    expect(download.authorization).toBe('Bearer tok-1');
    expect(download.fileName).toMatch(/^场馆打卡统计_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it("shows the server's message when the export is refused", async () => {
    signedInAs(admin, ({ url }) =>
      isStats(url)
        ? ok({ items: [] })
        : url.startsWith('http://api.test/stats/venues.xlsx')
          ? {
              statusCode: 422,
              data: JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: '统计范围最多 366 天' } }),
            }
          : undefined,
    );
    renderPage(AdminVenueStatsPage);
    await screen.findByText('共 0 人次');
    fireEvent.click(screen.getByText('导出 Excel'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '统计范围最多 366 天' })),
    );
  });
});
