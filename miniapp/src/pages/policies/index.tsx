import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PolicySummary } from '@szkc/shared';
import { listPolicies } from '../../api/policies';
import { StateView } from '../../components/StateView';
import { useRequest } from '../../hooks/useRequest';
import { openPage } from '../../navigation';
import { validityText } from '../../policies/labels';
import { PolicyBadges } from '../../policies/PolicyBadges';
import './index.css';
import { PageRoot } from '../../components/PageRoot';
import { Tap } from '../../components/Tap';

function PolicyCard({ policy }: { policy: PolicySummary }) {
  return (
    <Tap
      className="card policy-card"
      hoverClass="policy-card-pressed"
      onClick={() => openPage('policyDetail', { id: policy.id })}
    >
      <Text className="policy-card-name">{policy.name}</Text>
      <View className="policy-card-badges">
        <PolicyBadges policy={policy} />
      </View>
      <Text className="policy-card-line">发布单位：{policy.issuer}</Text>
      <Text className="policy-card-line">{validityText(policy)}</Text>
      <Text className="policy-card-more">查看条件和文件依据 ›</Text>
    </Tap>
  );
}

/** The 政策 tab: the self-test first (what most visitors came for), then every policy. */
export default function PoliciesPage() {
  const list = useRequest(async () => (await listPolicies()).items, []);
  // The list stays on screen while it is read again; a failure replaces it with the message.
  usePullDownRefresh(
    () => void list.reload({ quiet: list.state === 'ready' }).finally(() => Taro.stopPullDownRefresh()),
  );
  const failed = list.state === 'error' || list.error !== null;

  return (
    <PageRoot className="page policies">
      <Tap
        className="policies-match"
        hoverClass="policies-match-pressed"
        onClick={() => openPage('policyMatch')}
      >
        <Text className="policies-match-title">政策匹配自测</Text>
        <Text className="policies-match-text">
          按财务报表填写企业数据（金额单位：万元），逐条对照政策条件，立即知道符合哪些、还差什么。无需登录。
        </Text>
        <Text className="policies-match-go">开始自测 ›</Text>
      </Tap>

      <Text className="policies-section">政策列表</Text>
      {list.state === 'loading' && <StateView kind="loading" text="正在加载政策…" />}
      {failed && <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />}
      {!failed && list.state === 'ready' && list.data?.length === 0 && (
        <StateView kind="empty" text="暂无可查询的政策" />
      )}
      {!failed &&
        list.state === 'ready' &&
        list.data?.map((policy) => <PolicyCard key={policy.id} policy={policy} />)}
    </PageRoot>
  );
}
