import { Text, View } from '@tarojs/components';
import { eventCategoryNames, type EventSummary } from '@szkc/shared';
import { seatLabel } from '../../events/seats';
import { formatTimeRange } from '../../events/time';
import { openPage } from '../../navigation';
import { Tap } from '../../components/Tap';

export function EventCard({ event }: { event: EventSummary }) {
  const seats = seatLabel(event);
  return (
    <Tap
      className="card ev-card"
      hoverClass="ev-card-pressed"
      onClick={() => openPage('eventDetail', { id: event.id })}
    >
      <View className="ev-card-tags">
        <Text className="ev-tag">{eventCategoryNames[event.category]}</Text>
        <Text className="ev-tag ev-tag-plain">{event.districtName}</Text>
      </View>
      <Text className="ev-card-title">{event.title}</Text>
      <Text className="ev-card-line">{formatTimeRange(event.startAt, event.endAt)}</Text>
      {event.venueName && <Text className="ev-card-line">{event.venueName}</Text>}
      <View className="ev-card-foot">
        <Text className={`ev-seats ev-seats-${seats.tone}`}>{seats.text}</Text>
        <Text className="ev-card-more">详情 ›</Text>
      </View>
    </Tap>
  );
}
