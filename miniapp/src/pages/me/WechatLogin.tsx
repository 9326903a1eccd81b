import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { returnAfterLogin } from '../../session/returnAfterLogin';
import { useSession } from '../../session/SessionContext';
import { BusyButton } from '../../components/BusyButton';

export function WechatLogin() {
  const { loginWithWechat } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await loginWithWechat();
      returnAfterLogin();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <View className="card">
      <Text className="card-title">登录</Text>
      <Text className="muted">登录后可查看账号信息，并管理您的个人数据。</Text>
      {error && <Text className="error-text">{error}</Text>}
      <View className="me-form-actions">
        <BusyButton busy={busy} busyText="正在登录…" onClick={() => void submit()}>
          微信一键登录
        </BusyButton>
      </View>
    </View>
  );
}
