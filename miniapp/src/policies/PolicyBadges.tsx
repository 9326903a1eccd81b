import { Text } from '@tarojs/components';
import { policyCategoryNames, type PolicySummary } from '@szkc/shared';
import { levelText, unverifiedNote } from './labels';
import './policies.css';

/**
 * A policy's level, its category, and whether its conditions were checked against the issuing
 * office's current text. Only the conditions: how to apply (申报渠道、时间) carries its own 待核对
 * marks.
 */
export function PolicyBadges({ policy }: { policy: Pick<PolicySummary, 'level' | 'category' | 'verified'> }) {
  return (
    <>
      <Text className="policy-badge policy-badge-level">{levelText(policy)}</Text>
      <Text className="policy-badge policy-badge-level">{policyCategoryNames[policy.category]}</Text>
      {policy.verified ? (
        <Text className="policy-badge policy-badge-verified">条件已核对</Text>
      ) : (
        <Text className="policy-badge policy-badge-unverified">待核对：{unverifiedNote}</Text>
      )}
    </>
  );
}
