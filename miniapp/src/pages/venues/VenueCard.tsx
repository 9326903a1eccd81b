import { Text, View } from '@tarojs/components';
import { openPage } from '../../navigation';
import { formatDistance } from '../../venues/location';
import { venueKindNames, type VenueSummary } from '../../venues/schemas';
import { Tap } from '../../components/Tap';

const modeShort = { screen: '扫码打卡', poster: '扫码+定位打卡', geo: '定位打卡' } as const;

export function VenueCard({ venue }: { venue: VenueSummary }) {
  return (
    <Tap
      className="card vn-card"
      hoverClass="vn-card-pressed"
      onClick={() => openPage('venueDetail', { id: venue.id })}
    >
      <View className="vn-card-tags">
        <Text className="vn-tag">{venueKindNames[venue.kind]}</Text>
        <Text className="vn-tag vn-tag-plain">{venue.districtName}</Text>
      </View>
      <Text className="vn-card-title">{venue.name}</Text>
      <Text className="vn-card-line">{venue.address}</Text>
      <Text className="vn-card-line">{venue.openingHours}</Text>
      <View className="vn-card-foot">
        {venue.distanceM !== null ? (
          <Text className="vn-distance">距您 {formatDistance(venue.distanceM)}</Text>
        ) : (
          <Text className="vn-mode">{modeShort[venue.checkinMode]}</Text>
        )}
        <Text className="vn-card-more">详情 ›</Text>
      </View>
    </Tap>
  );
}
