import { Text, View } from '@tarojs/components';
import { allPolicies, type StatsOverview } from '@szkc/shared';
import type { ReactNode } from 'react';
import { formatNumber } from '../format';

// What the platform counts itself, live: a tile a figure, grouped by capability.

type Platform = StatsOverview['platform'];

/** A big number with its unit over a short label. */
export function Tile({ label, value, unit }: { label: string; value: number; unit: string }) {
  return (
    <View className="st-tile">
      <View className="st-fig-line">
        <Text className="st-tile-value">{formatNumber(value)}</Text>
        <Text className="st-fig-unit">{unit}</Text>
      </View>
      <Text className="st-tile-label">{label}</Text>
    </View>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="st-group">
      <Text className="st-group-title">{title}</Text>
      <View className="st-tiles">{children}</View>
    </View>
  );
}

/** 宁科贷（宁夏科技型中小企业风险补偿贷款） -> 宁科贷: the name before its explanation. */
const policyName = (id: string) => allPolicies.find((p) => p.id === id)?.name.split('（')[0] ?? id;

export function PlatformFigures({ platform }: { platform: Platform }) {
  const { events, venues, contests, policies } = platform;
  const eligible = Object.entries(policies.eligibleByPolicy).filter(([, n]) => n > 0);
  return (
    <View className="card">
      <Text className="card-title">平台实时数据</Text>
      <Group title="科普活动">
        <Tile label="已发布" value={events.published} unit="场" />
        <Tile label="报名" value={events.participants} unit="人" />
        <Tile label="签到" value={events.checkedIn} unit="人" />
      </Group>
      <Group title="科普场馆">
        <Tile label="平台场馆" value={venues.count} unit="个" />
        <Tile label="累计打卡" value={venues.visits} unit="人次" />
        <Tile label="近 30 天打卡" value={venues.visitsLast30Days} unit="人次" />
      </Group>
      <Group title="创新大赛">
        <Tile label="报名项目" value={contests.entries} unit="个" />
        <Tile label="已提交" value={contests.submitted} unit="个" />
      </Group>
      <Group title="政策匹配">
        <Tile label="近 30 天自查" value={policies.checksLast30Days} unit="次" />
        <Tile label="企业档案" value={policies.savedProfiles} unit="份" />
      </Group>
      {eligible.length > 0 && (
        <View className="st-eligible">
          <Text className="st-eligible-title">档案中符合条件的企业</Text>
          {eligible.map(([id, n]) => (
            <View key={id} className="st-eligible-row">
              <Text className="st-eligible-name">{policyName(id)}</Text>
              <Text className="st-eligible-count">{formatNumber(n)} 家</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
