import { Text, View } from '@tarojs/components';
import type { PageName, User } from '@szkc/shared';
import { canCheckIn, canOrganize } from '../../events/roles';
import { openPage } from '../../navigation';
import { Tap } from '../../components/Tap';

export function LinkRow({ title, note, page }: { title: string; note: string; page: PageName }) {
  return (
    <Tap className="me-link" hoverClass="me-link-pressed" onClick={() => openPage(page)}>
      <View className="me-link-body">
        <Text className="me-link-title">{title}</Text>
        <Text className="me-link-note">{note}</Text>
      </View>
      <Text className="me-link-arrow">›</Text>
    </Tap>
  );
}

/** 科普 events: my registrations for everyone; organiser and door pages by role. */
export function EventLinks({ user }: { user: User }) {
  return (
    <View className="card me-links">
      <LinkRow title="我的报名" note="报名的活动、入场码和候补顺位" page="myRegistrations" />
      {canOrganize(user) && (
        <LinkRow title="我组织的活动" note="创建、发布活动，查看名单并导出" page="organizerEvents" />
      )}
      {canCheckIn(user) && (
        <LinkRow title="活动签到" note="扫描或输入入场码，为市民签到" page="organizerCheckin" />
      )}
    </View>
  );
}
