import { View } from '@tarojs/components';
import { can, type User } from '@szkc/shared';
import { LinkRow } from './EventLinks';

/** Innovation contests: my entries for everyone; the score sheets for reviewers. */
export function ContestLinks({ user }: { user: User }) {
  return (
    <View className="card me-links">
      <LinkRow title="我的参赛" note="参赛项目、团队邀请码和商业计划书" page="myEntries" />
      {can.reviewEntries(user) && <LinkRow title="我的评审" note="分配给我的参赛项目，逐项打分" page="myReviews" />}
    </View>
  );
}
