import { View } from '@tarojs/components';
import type { User } from '@szkc/shared';
import { LinkRow } from './EventLinks';

/** Science venues: the passport for everyone. */
export function VenueLinks(_props: { user: User }) {
  return (
    <View className="card me-links">
      <LinkRow title="科普护照" note="场馆打卡的印章、徽章和打卡次数" page="passport" />
    </View>
  );
}
