import { View } from '@tarojs/components';
import { LinkRow } from './EventLinks';

/** Innovation contests: my entries. */
export function ContestLinks() {
  return (
    <View className="card me-links">
      <LinkRow title="我的参赛" note="参赛项目、团队邀请码和商业计划书" page="myEntries" />
    </View>
  );
}
