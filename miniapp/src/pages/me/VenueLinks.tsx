import { View } from '@tarojs/components';
import { can, type User } from '@szkc/shared';
import { LinkRow } from './EventLinks';

/**
 * Science venues: the passport for everyone; venue management and the bureau's 数据看板 for admins;
 * the desk for staff and admins.
 */
export function VenueLinks({ user }: { user: User }) {
  return (
    <View className="card me-links">
      <LinkRow title="科普护照" note="场馆打卡的印章、徽章和打卡次数" page="passport" />
      {can.manageVenues(user) && (
        <LinkRow title="场馆管理" note="添加、修改场馆，指定工作人员，导出各馆打卡统计" page="adminVenues" />
      )}
      {can.managePlanFigures(user) && (
        <LinkRow title="数据看板" note="“十四五”规划指标进度、平台实时数据和图表" page="statsOverview" />
      )}
      {can.openVenueDesk(user) && (
        <LinkRow title="场馆工作台" note="全屏显示打卡二维码，查看今日和本周打卡" page="staffVenue" />
      )}
    </View>
  );
}
