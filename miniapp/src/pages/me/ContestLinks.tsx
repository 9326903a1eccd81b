import { View } from '@tarojs/components';
import { can, type User } from '@szkc/shared';
import { LinkRow } from './EventLinks';

/** Innovation contests: my entries for everyone, score sheets for reviewers, review management for organisers. */
export function ContestLinks({ user }: { user: User }) {
  return (
    <View className="card me-links">
      <LinkRow title="我的参赛" note="参赛项目、团队邀请码和商业计划书" page="myEntries" />
      {can.review(user) && <LinkRow title="我的评审" note="分配给我的参赛项目，逐项打分" page="myReviews" />}
      {can.organizeContests(user) && (
        <LinkRow
          title="大赛评审管理"
          note="分配评审专家，查看评审进度和排名，晋级与导出"
          page="organizerContests"
        />
      )}
    </View>
  );
}
