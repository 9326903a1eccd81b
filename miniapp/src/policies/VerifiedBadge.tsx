import { Text } from '@tarojs/components';
import { unverifiedNote } from './labels';
import './policies.css';

/** Whether the policy's parameters were checked against the issuing office's current text. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <Text className="policy-badge policy-badge-verified">已核对</Text>
  ) : (
    <Text className="policy-badge policy-badge-unverified">待核对：{unverifiedNote}</Text>
  );
}
