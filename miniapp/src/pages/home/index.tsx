import { Text, View } from '@tarojs/components';
import { liveFeatures, openFeature } from '../../features';
import { useSession } from '../../session/SessionContext';
import './index.css';
import { PageRoot } from '../../components/PageRoot';
import { Tap } from '../../components/Tap';

export default function HomePage() {
  const { status, user } = useSession();
  const signedIn = status === 'signedIn';

  return (
    <PageRoot className="page home">
      <View className="home-header">
        <Text className="home-title">石嘴山科创</Text>
        <Text className="home-bureau">石嘴山市科学技术局</Text>
        <Text className="home-intro">石嘴山市科学技术局面向市民和企业的科技服务小程序。</Text>
      </View>

      {signedIn && user && <Text className="home-greeting">您好，{user.nickname}</Text>}

      <Text className="home-section">服务</Text>
      <View className="home-features">
        {liveFeatures.map((feature) => (
          <Tap
            key={feature.id}
            className="card home-feature"
            hoverClass="home-feature-pressed"
            onClick={() => openFeature(feature)}
          >
            <View className="home-feature-body">
              <Text className="home-feature-title">{feature.title}</Text>
              <Text className="home-feature-desc">{feature.description}</Text>
              {feature.needsLogin && !signedIn && <Text className="home-feature-note">需要先登录</Text>}
            </View>
            <Text className="home-feature-arrow">›</Text>
          </Tap>
        ))}
      </View>
    </PageRoot>
  );
}
