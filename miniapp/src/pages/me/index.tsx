import { Button, Text, View } from '@tarojs/components';
import { devLoginEnabled } from '../../api/base';
import { StateView } from '../../components/StateView';
import { openPage } from '../../navigation';
import { waitingToReturn } from '../../session/returnAfterLogin';
import { useSession } from '../../session/SessionContext';
import { AccountActions } from './AccountActions';
import { ContestLinks } from './ContestLinks';
import { DevLoginForm } from './DevLoginForm';
import { EventLinks } from './EventLinks';
import { Profile } from './Profile';
import { VenueLinks } from './VenueLinks';
import { TextSizeSetting } from './TextSizeSetting';
import { WechatLogin } from './WechatLogin';
import './index.css';
import { PageRoot } from '../../components/PageRoot';

const isWeapp = process.env.TARO_ENV === 'weapp';

function SignedOut() {
  return (
    <View>
      {waitingToReturn() && <Text className="hint me-return-note">登录后会回到刚才的页面。</Text>}
      {isWeapp && <WechatLogin />}
      {devLoginEnabled && <DevLoginForm />}
      {!isWeapp && !devLoginEnabled && (
        <View className="card">
          <Text className="card-title">登录</Text>
          <Text className="muted">请在微信中搜索“石嘴山科创”小程序，使用微信登录。</Text>
        </View>
      )}
      <TextSizeSetting />
      <Button className="btn btn-secondary" onClick={() => openPage('privacy')}>
        用户隐私保护指引
      </Button>
    </View>
  );
}

export default function MePage() {
  const { status, user, error, refresh, logout } = useSession();

  return (
    <PageRoot className="page me">
      {status === 'checking' && <StateView kind="loading" text="正在读取账号信息…" />}
      {status === 'unreachable' && (
        <View>
          <StateView kind="error" text={error ?? undefined} onRetry={() => void refresh()} />
          <Button className="btn btn-secondary" onClick={logout}>
            退出登录
          </Button>
        </View>
      )}
      {status === 'signedOut' && <SignedOut />}
      {status === 'signedIn' && user && (
        <View>
          <Profile user={user} />
          <EventLinks user={user} />
          <VenueLinks user={user} />
          <ContestLinks user={user} />
          <TextSizeSetting />
          <AccountActions />
        </View>
      )}
    </PageRoot>
  );
}
