import { Picker, Text, View } from '@tarojs/components';
import { districtNames, isDistrictCode, shanghaiDate } from '@szkc/shared';
import { useState } from 'react';
import { toastError } from '../../../api/feedback';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { addDays, thisWeek } from '../../../venues/days';
import { exportAllVenueStats, fetchAllVenueStats } from '../api';
import { AdminGate } from '../AdminGate';
import '../admin.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

type Range = { from: string; to: string };

// Ranges the bureau asks for most; any other is picked with the two date pickers.
function presets(today = shanghaiDate()): Array<{ key: string; text: string; range: Range }> {
  return [
    { key: 'week', text: '本周', range: thisWeek(today) },
    { key: 'month', text: '本月', range: { from: `${today.slice(0, 8)}01`, to: today } },
    { key: '30d', text: '近 30 天', range: { from: addDays(today, -29), to: today } },
    { key: 'year', text: '今年', range: { from: `${today.slice(0, 5)}01-01`, to: today } },
  ];
}

export default function AdminVenueStatsPage() {
  return (
    <PageRoot className="page ad-page">
      <AdminGate>
        <AllVenueStats />
      </AdminGate>
    </PageRoot>
  );
}

function AllVenueStats() {
  const choices = presets();
  const [range, setRange] = useState<Range>(choices[0]!.range);
  const [exporting, setExporting] = useState(false);
  const stats = useRequest(() => fetchAllVenueStats(range.from, range.to), [range.from, range.to]);

  const download = async () => {
    setExporting(true);
    try {
      await exportAllVenueStats(range.from, range.to);
    } catch (e) {
      toastError(e);
    } finally {
      setExporting(false);
    }
  };

  const items = stats.data?.items ?? [];
  const total = items.reduce(
    (sum, item) => ({ visits: sum.visits + item.visits, first: sum.first + item.firstTimeVisitors }),
    { visits: 0, first: 0 },
  );

  return (
    <View>
      <View className="card">
        <Text className="card-title">统计范围</Text>
        <View className="ad-chips">
          {choices.map((choice) => (
            <Tap
              key={choice.key}
              className={
                choice.range.from === range.from && choice.range.to === range.to
                  ? 'ad-chip ad-chip-active'
                  : 'ad-chip'
              }
              onClick={() => setRange(choice.range)}
            >
              {choice.text}
            </Tap>
          ))}
        </View>
        <View className="ad-range">
          <Picker
            mode="date"
            value={range.from}
            end={range.to}
            onChange={(e) => setRange({ ...range, from: String(e.detail.value) })}
          >
            <View className="ad-picker">{range.from} ▾</View>
          </Picker>
          <Text className="ad-range-to">至</Text>
          <Picker
            mode="date"
            value={range.to}
            start={range.from}
            onChange={(e) => setRange({ ...range, to: String(e.detail.value) })}
          >
            <View className="ad-picker">{range.to} ▾</View>
          </Picker>
        </View>
      </View>

      {stats.state === 'loading' && <StateView kind="loading" text="正在统计…" />}
      {stats.state === 'error' && (
        <StateView kind="error" text={stats.error ?? undefined} onRetry={() => void stats.reload()} />
      )}
      {stats.state === 'ready' && (
        <View className="card">
          <View className="ad-totals">
            <Text className="ad-total">共 {total.visits} 人次</Text>
            <Text className="ad-total-note">其中首次到访 {total.first} 人</Text>
          </View>
          {items.length === 0 ? (
            <Text className="muted">这段时间还没有场馆</Text>
          ) : (
            <View className="ad-table">
              <View className="ad-tr ad-th">
                <Text className="ad-td ad-td-name">场馆</Text>
                <Text className="ad-td ad-td-num">人次</Text>
                <Text className="ad-td ad-td-num">首次</Text>
              </View>
              {items.map((item) => (
                <View key={item.venueId} className="ad-tr">
                  <View className="ad-td ad-td-name">
                    <Text className="ad-venue">{item.name}</Text>
                    <Text className="ad-district">
                      {isDistrictCode(item.district) ? districtNames[item.district] : item.district}
                    </Text>
                  </View>
                  <Text className="ad-td ad-td-num">{item.visits}</Text>
                  <Text className="ad-td ad-td-num">{item.firstTimeVisitors}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}

      <BusyButton busy={exporting} busyText="正在导出…" onClick={() => void download()}>
        导出 Excel
      </BusyButton>
    </View>
  );
}
