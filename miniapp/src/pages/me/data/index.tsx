import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { toastError } from '../../../api/feedback';
import { exportMyData } from '../../../api/me';
import { openPage } from '../../../navigation';
import { StateView } from '../../../components/StateView';
import { useSession } from '../../../session/SessionContext';
import './index.css';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; json: string };

/** GET /me/export shown as indented JSON, with a button to copy all of it. */
export default function MyDataPage() {
  const { status, error, refresh } = useSession();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const fetchExport = useCallback(async () => {
    setLoad({ kind: 'loading' });
    try {
      setLoad({ kind: 'ready', json: JSON.stringify(await exportMyData(), null, 2) });
    } catch (e) {
      setLoad({ kind: 'error', message: errorMessage(e) });
    }
  }, []);

  useEffect(() => {
    if (status === 'signedIn') void fetchExport();
  }, [status, fetchExport]);

  const copy = async () => {
    if (load.kind !== 'ready') return;
    try {
      await Taro.setClipboardData({ data: load.json });
    } catch (e) {
      toastError(e);
    }
  };

  if (status === 'checking') return <StateView kind="loading" />;
  if (status === 'unreachable')
    return <StateView kind="error" text={error ?? undefined} onRetry={() => void refresh()} />;
  if (status !== 'signedIn') {
    return (
      <View className="page">
        <StateView kind="empty" text="请先登录，再查看您的数据" />
        <Button className="btn btn-primary" onClick={() => openPage('me')}>
          去登录
        </Button>
      </View>
    );
  }

  return (
    <View className="page my-data">
      <Text className="muted">以下是本小程序保存的您的全部个人信息。您可以复制后保存到其他地方。</Text>
      {load.kind === 'loading' && <StateView kind="loading" text="正在导出…" />}
      {load.kind === 'error' && (
        <StateView kind="error" text={load.message} onRetry={() => void fetchExport()} />
      )}
      {load.kind === 'ready' && (
        <View>
          <View className="card my-data-json">
            <Text userSelect className="my-data-text">
              {load.json}
            </Text>
          </View>
          <Button className="btn btn-primary" onClick={() => void copy()}>
            复制全部内容
          </Button>
        </View>
      )}
    </View>
  );
}
