// The bureau's export of GET /stats/venues: totals per venue, then visits per venue and day.
import type { StatsRange } from '@szkc/shared';
import type { allVenueFigures } from '../venues/service';
import { districtNameOf } from '../venues/views';
import { headerRow, titleRow, valueRow, workbookOf } from './sheet';

type Figures = Awaited<ReturnType<typeof allVenueFigures>>;

export function venueStatsWorkbook(range: StatsRange, figures: Figures): Promise<Buffer> {
  const days = figures[0]?.days.map((d) => d.day) ?? [];
  return workbookOf([
    {
      name: '场馆打卡汇总',
      widths: [6, 28, 10, 10, 14],
      rows: [
        titleRow(`科普场馆打卡统计 ${range.from} 至 ${range.to}`),
        valueRow([
          `共 ${figures.length} 个场馆，打卡 ${figures.reduce((n, f) => n + f.visits, 0)} 人次，` +
            `首次到访 ${figures.reduce((n, f) => n + f.firstTimeVisitors, 0)} 人`,
        ]),
        [],
        headerRow(['序号', '场馆', '区县', '打卡人次', '首次到访人数']),
        ...figures.map((f, i) =>
          valueRow([i + 1, f.name, districtNameOf(f.district), f.visits, f.firstTimeVisitors]),
        ),
      ],
    },
    {
      name: '每日打卡人次',
      widths: [12, ...figures.map(() => 16)],
      rows: [
        headerRow(['日期', ...figures.map((f) => f.name)]),
        ...days.map((day, i) => valueRow([day, ...figures.map((f) => f.days[i]!.visits)])),
      ],
    },
  ]);
}
