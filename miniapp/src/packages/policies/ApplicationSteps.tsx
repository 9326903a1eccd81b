import { Text, View } from '@tarojs/components';
import type { ApplicationItem, PolicyApplication } from '@szkc/shared';
import './application.css';

// 怎么申报: where, when, with what and to whom. A part no official text we hold confirms carries
// its 待核对 note, so nobody takes it for the office's word.

const parts: Array<[keyof PolicyApplication, string]> = [
  ['channel', '申报渠道'],
  ['timing', '申报时间'],
  ['materials', '申报材料'],
  ['office', '受理和咨询'],
];

function Part({ title, item, list }: { title: string; item: ApplicationItem; list: boolean }) {
  const lines = list ? item.text.split('；').map((line) => `· ${line}`) : [item.text];
  return (
    <View className="application-part">
      <Text className="application-title">{title}</Text>
      {/* The documents to hand in read better one to a line. */}
      {lines.map((line) => (
        <Text key={line} className="application-text">
          {line}
        </Text>
      ))}
      {item.source && <Text className="application-source">依据{item.source}</Text>}
      {item.unverified && <Text className="application-unverified">待核对：{item.unverified}</Text>}
    </View>
  );
}

/** The parts of `application`, all of them unless `only` names some. */
export function ApplicationSteps({
  application,
  only,
}: {
  application: PolicyApplication;
  only?: ReadonlyArray<keyof PolicyApplication>;
}) {
  return (
    <View className="application">
      {parts
        .filter(([key]) => !only || only.includes(key))
        .map(([key, title]) => (
          <Part key={key} title={title} item={application[key]} list={key === 'materials'} />
        ))}
    </View>
  );
}
