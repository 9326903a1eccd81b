import { Text, View } from '@tarojs/components';

// The passport's art is drawn with CSS (venues.css), no images: a round red seal per venue and a
// ribboned medal per badge, so they stay crisp on any screen and cost no download.

/** `2026-12-05` -> `12.05` */
const shortDay = (day: string) => `${day.slice(5, 7)}.${day.slice(8, 10)}`;

/** A seal with the venue's name around its date, tilted like a real stamp. */
export function Stamp({ name, day, tilt = 0 }: { name: string; day: string; tilt?: number }) {
  return (
    <View className="vs-stamp" style={{ transform: `rotate(${tilt}deg)` }}>
      <View className="vs-stamp-ring">
        <Text className="vs-stamp-name">{name}</Text>
        <Text className="vs-stamp-star">★</Text>
        <Text className="vs-stamp-day">{shortDay(day)}</Text>
      </View>
    </View>
  );
}

const badgeTone: Record<string, string> = {
  'first-visit': 'bronze',
  'five-venues': 'silver',
  'all-districts': 'jade',
  'ten-visits': 'gold',
};

/** A medal on a ribbon; badges not yet earned are drawn grey. */
export function BadgeMedal({ id, name, earned }: { id: string; name: string; earned: boolean }) {
  const tone = earned ? (badgeTone[id] ?? 'gold') : 'locked';
  return (
    <View className={`vs-medal vs-medal-${tone}`}>
      <View className="vs-medal-ribbon">
        <View className="vs-medal-ribbon-left" />
        <View className="vs-medal-ribbon-right" />
      </View>
      <View className="vs-medal-disc">
        <Text className="vs-medal-glyph">{earned ? '★' : '?'}</Text>
      </View>
      <Text className="vs-medal-name">{name}</Text>
    </View>
  );
}
