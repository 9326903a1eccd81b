import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { PolicyDetail } from '@szkc/shared';
import { fetchPolicy } from '../../../api/policies';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { openPage } from '../../../navigation';
import { sourceText, unverifiedNote, validityText } from '../../../policies/labels';
import { PolicyBadges } from '../../../policies/PolicyBadges';
import { ApplicationSteps } from '../ApplicationSteps';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';

function Detail({ policy }: { policy: PolicyDetail }) {
  return (
    <View>
      <View className="card">
        <Text className="policy-detail-name">{policy.name}</Text>
        <View>
          <PolicyBadges policy={policy} />
        </View>
        <Text className="policy-detail-line">发布单位：{policy.issuer}</Text>
        <Text className="policy-detail-line">{validityText(policy)}</Text>
        <Text className="policy-detail-summary">{policy.summary}</Text>
        {!policy.verified && (
          <Text className="policy-detail-unverified">
            本政策的部分条件或支持额度尚未与发文单位的现行文件核对，以下内容仅供参考，{unverifiedNote}。
          </Text>
        )}
      </View>

      <View className="card">
        <Text className="card-title">申请条件</Text>
        {policy.criteria.map((criterion, index) => (
          <View key={criterion.id} className="policy-criterion">
            <Text className="policy-criterion-label">
              {index + 1}. {criterion.label}
            </Text>
            <Text className="policy-criterion-text">{criterion.description}</Text>
            {criterion.unverified && (
              <Text className="policy-criterion-unverified">待核对：{criterion.unverified}</Text>
            )}
          </View>
        ))}
      </View>

      {policy.obligations.length > 0 && (
        <View className="card">
          <Text className="card-title">取得资格后每年要做的事</Text>
          <Text className="policy-obligation-intro">
            这些不是申请条件，是取得资格以后每年都要按时办的事，请记在日历上。
          </Text>
          {policy.obligations.map((obligation) => (
            <View key={obligation.id} className="policy-obligation">
              <Text className="policy-criterion-text">{obligation.text}</Text>
              <Text className="policy-obligation-source">
                依据{obligation.source}
                {obligation.unverified ? `（${obligation.unverified}）` : ''}
              </Text>
            </View>
          ))}
        </View>
      )}

      <View className="card">
        <Text className="card-title">怎么申报</Text>
        <ApplicationSteps application={policy.application} />
      </View>

      <View className="card">
        <Text className="card-title">文件依据</Text>
        {policy.sources.map((source) => (
          <Text key={source.title} className="policy-source">
            {sourceText(source)}
          </Text>
        ))}
      </View>

      <Button className="btn btn-primary" onClick={() => openPage('policyMatch')}>
        填写企业数据，自测是否符合
      </Button>
    </View>
  );
}

export default function PolicyDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useRequest(() => fetchPolicy(id), [id]);

  return (
    <PageRoot className="page policy-detail">
      {detail.state === 'loading' && <StateView kind="loading" text="正在加载政策…" />}
      {detail.state === 'error' && (
        <StateView kind="error" text={detail.error ?? undefined} onRetry={() => void detail.reload()} />
      )}
      {detail.state === 'ready' && detail.data && <Detail policy={detail.data} />}
    </PageRoot>
  );
}
