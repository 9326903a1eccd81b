import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { toastError } from '../../../api/feedback';
import { exportMyData } from '../../../api/me';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { useSession } from '../../../session/SessionContext';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';

/** GET /me/export shown as indented JSON, with a button to copy all of it. */
export default function MyDataPage() {
  const { status, error, refresh } = useSession();
  const exported = useRequest(async () => JSON.stringify(await exportMyData(), null, 2), [], {
    enabled: status === 'signedIn',
  });

  const copy = async () => {
    if (exported.state !== 'ready' || exported.data === null) return;
    try {
      await Taro.setClipboardData({ data: exported.data });
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <PageRoot className="page my-data">
      <SignInGate
        text="请先登录，再查看您的数据"
        unreachable={<StateView kind="error" text={error ?? undefined} onRetry={() => void refresh()} />}
      >
        <Text className="muted">以下是本小程序保存的您的全部个人信息。您可以复制后保存到其他地方。</Text>
        {exported.state === 'loading' && <StateView kind="loading" text="正在导出…" />}
        {exported.state === 'error' && (
          <StateView kind="error" text={exported.error ?? undefined} onRetry={() => void exported.reload()} />
        )}
        {exported.state === 'ready' && (
          <View>
            <View className="card my-data-json">
              <Text userSelect className="my-data-text">
                {exported.data}
              </Text>
            </View>
            <Button className="btn btn-primary" onClick={() => void copy()}>
              复制全部内容
            </Button>
          </View>
        )}
      </SignInGate>
    </PageRoot>
  );
}
