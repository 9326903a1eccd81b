import { Text } from '@tarojs/components';
import { unverifiedNote } from './labels';
import './policies.css';

/**
 * Whether the policy's conditions were checked against the issuing office's current text. Only
 * the conditions: how to apply (申报渠道、时间) carries its own 待核对 marks.
 */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <Text className="policy-badge policy-badge-verified">条件已核对</Text>
  ) : (
    <Text className="policy-badge policy-badge-unverified">待核对：{unverifiedNote}</Text>
  );
}
