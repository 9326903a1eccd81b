import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { toastError, toastSuccess } from '../../../api/feedback';
import { exportMyData } from '../../../api/me';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { useSession } from '../../../session/SessionContext';
import { beijingTime, dataSections } from './sections';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';

/** GET /me/export in words, a section per kind of data, and the JSON itself to copy. */
export default function MyDataPage() {
  const { status, error, refresh } = useSession();
  const exported = useRequest(exportMyData, [], { enabled: status === 'signedIn' });

  const copy = async () => {
    if (exported.state !== 'ready' || exported.data === null) return;
    try {
      await Taro.setClipboardData({ data: JSON.stringify(exported.data, null, 2) });
      toastSuccess('已复制');
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
        <Text className="muted">以下是本小程序保存的您的全部个人信息。可复制为 JSON 保存到其他地方。</Text>
        {exported.state === 'loading' && <StateView kind="loading" text="正在导出…" />}
        {exported.state === 'error' && (
          <StateView kind="error" text={exported.error ?? undefined} onRetry={() => void exported.reload()} />
        )}
        {exported.state === 'ready' && exported.data && (
          <View>
            <Text className="muted my-data-when">
              导出时间：{beijingTime(exported.data.exportedAt)}（北京时间）
            </Text>
            {dataSections(exported.data).map((section) => (
              <View key={section.key} className="card my-data-section">
                <Text className="card-title">{section.title}</Text>
                {section.items.length === 0 && <Text className="muted">无</Text>}
                {section.items.map((item, index) => (
                  <View key={index} className="my-data-item">
                    {item.heading && <Text className="my-data-heading">{item.heading}</Text>}
                    {item.rows.map(([label, value]) => (
                      <View key={label} className="my-data-row">
                        <Text className="my-data-label">{label}</Text>
                        <Text userSelect className="my-data-value">
                          {value}
                        </Text>
                      </View>
                    ))}
                  </View>
                ))}
              </View>
            ))}
            <Button className="btn btn-primary" onClick={() => void copy()}>
              复制 JSON
            </Button>
          </View>
        )}
      </SignInGate>
    </PageRoot>
  );
}
