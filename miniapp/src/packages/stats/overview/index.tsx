import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { planDocument } from '@szkc/shared';
import { useMemo, useRef, useState } from 'react';
import { toastError } from '../../../api/feedback';
import { BusyButton } from '../../../components/BusyButton';
import { PageRoot } from '../../../components/PageRoot';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { fetchOverview, exportOverview } from '../api';
import { Chart } from '../charts/Chart';
import { entriesChart, participantsChart, visitsChart } from '../charts/series';
import { shortTime } from '../format';
import { StatsGate } from '../StatsGate';
import { IndicatorRow, indicatorTally } from './Indicators';
import { PlatformFigures, Tile } from './Platform';
import '../stats.css';

export default function StatsOverviewPage() {
  return (
    <PageRoot className="page st-page">
      <StatsGate>
        <Overview />
      </StatsGate>
    </PageRoot>
  );
}

function Overview() {
  const overview = useRequest(fetchOverview, []);
  const [exporting, setExporting] = useState(false);
  const shownOnce = useRef(false);
  // Back from 填报: show the figure just reported.
  useDidShow(() => {
    if (shownOnce.current) void overview.reload({ quiet: true });
    shownOnce.current = true;
  });
  usePullDownRefresh(() => {
    void overview.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh());
  });

  const series = overview.data?.series;
  const charts = useMemo(
    () =>
      series && {
        participants: participantsChart(series.participantsByMonth),
        visits: visitsChart(series.visitsByWeek),
        entries: entriesChart(series.entriesByTrack),
      },
    [series],
  );

  const download = async () => {
    setExporting(true);
    try {
      await exportOverview();
    } catch (e) {
      toastError(e);
    } finally {
      setExporting(false);
    }
  };

  if (overview.state === 'loading') return <StateView kind="loading" text="正在汇总数据…" />;
  if (overview.state === 'error' || !overview.data || !charts)
    return (
      <StateView kind="error" text={overview.error ?? undefined} onRetry={() => void overview.reload()} />
    );
  const { asOf, indicators, platform } = overview.data;

  return (
    <View>
      <View className="card st-head">
        <Text className="st-head-title">规划指标进度</Text>
        <Text className="st-head-doc">{planDocument}</Text>
        <View className="st-tiles st-head-tiles">
          {indicatorTally(indicators).map((tally) => (
            <Tile key={tally.label} label={tally.label} value={tally.value} unit="项" />
          ))}
        </View>
        <Text className="st-head-note">
          数据截至 {shortTime(asOf)}；进度为从基期到 2025 年目标已完成的比例。
        </Text>
      </View>

      <View className="card st-inds">
        {indicators.length === 0 ? (
          <Text className="muted">暂无指标</Text>
        ) : (
          indicators.map((indicator) => <IndicatorRow key={indicator.id} indicator={indicator} />)
        )}
      </View>

      <PlatformFigures platform={platform} />

      <Chart title="科普活动每月报名人数" chart={charts.participants} />
      <Chart title="各区县场馆每周打卡人次" chart={charts.visits} />
      <Chart title="大赛各赛道报名项目" chart={charts.entries} />

      {overview.error && <Text className="error-text">{overview.error}</Text>}
      <BusyButton busy={exporting} busyText="正在导出…" onClick={() => void download()}>
        导出 Excel
      </BusyButton>
    </View>
  );
}
