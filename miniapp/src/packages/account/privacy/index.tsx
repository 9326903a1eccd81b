import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { privacyEffectiveDate, privacyOperator, privacySections } from './content';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';

export default function PrivacyPage() {
  return (
    <PageRoot className="page privacy">
      <Text className="privacy-title">“石嘴山科创”用户隐私保护指引</Text>
      <Text className="privacy-meta">运营者：{privacyOperator}</Text>
      <Text className="privacy-meta">生效日期：{privacyEffectiveDate}</Text>
      {privacySections.map((section) => (
        <View key={section.title} className="privacy-section">
          <Text className="privacy-heading">{section.title}</Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className="privacy-paragraph">
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
      {/* A way back at the end of a long text; it also gives keyboards a stop on this page. */}
      <Button className="privacy-back" onClick={() => void Taro.navigateBack()}>
        返回
      </Button>
    </PageRoot>
  );
}
