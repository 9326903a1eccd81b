// The ranking as an Excel workbook, one sheet, grouped by track as the organiser reads it.
import type { ContestItem } from '../contests/items';
import type { RankedEntry } from '../contests/ranking';
import { headerRow, titleRow, valueRow, workbookOf } from './sheet';

export function rankingWorkbook(contest: ContestItem, round: number, items: RankedEntry[]): Promise<Buffer> {
  const roundName = contest.rounds.find((r) => r.n === round)?.name ?? `第 ${round} 轮`;
  const trackName = (id: string) => contest.tracks.find((t) => t.id === id)?.name ?? id;
  const groupName = (id: string | null) => (id ? (contest.groups.find((g) => g.id === id)?.name ?? id) : '');
  return workbookOf([
    {
      name: '评审排名',
      widths: [12, 6, 30, 10, 10, 10],
      rows: [
        titleRow(`${contest.title} · ${roundName}排名`),
        valueRow(['得分为评审总分的平均分；5 位及以上评审时去掉一个最高分和一个最低分。']),
        [],
        headerRow(['赛道', '名次', '项目名称', '组别', '评审人数', '得分']),
        ...items.map((item) =>
          valueRow([
            trackName(item.trackId),
            item.rank ?? '',
            item.projectName,
            groupName(item.groupId),
            item.reviews,
            item.score ?? '未评分',
          ]),
        ),
      ],
    },
  ]);
}
