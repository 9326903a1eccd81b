import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { parseIsoInstant } from '@szkc/shared';
import { useEffect, useState } from 'react';
import { ApiError, hasErrorCode } from '../../../api/errors';
import { fetchVenue } from '../../../api/venues';
import { StateView } from '../../../components/StateView';
import { TicketQr } from '../../../components/TicketQr';
import { useRequest } from '../../../hooks/useRequest';
import type { VenueCode } from '../../../venues/schemas';
import { fetchVenueCode } from '../api';
import { StaffGate } from '../StaffGate';
import '../staff.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';

const isWeapp = process.env.TARO_ENV === 'weapp';
const retryMs = 5000;
const notYourVenue = '您不是这个场馆的工作人员，不能显示它的打卡码。请管理员把您加为本馆工作人员。';

export default function StaffCodePage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page sc-page">
      <StaffGate>
        {params.id ? (
          <VenueCodeView venueId={params.id} />
        ) : (
          <StateView kind="error" text="缺少场馆编号，请从场馆工作台进入" />
        )}
      </StaffGate>
    </PageRoot>
  );
}

/** When to fetch the next code: at its validUntil, never later than one step, never in under a second. */
function nextRefresh(code: VenueCode, now: number): number | null {
  if (!code.validUntil) return null; // a printed code does not rotate
  const until = parseIsoInstant(code.validUntil) ?? now;
  const step = (code.stepSeconds ?? 30) * 1000;
  // The phone's clock may be off from the server's: stay within one step either way.
  return now + Math.min(Math.max(until - now, 1000), step);
}

function VenueCodeView({ venueId }: { venueId: string }) {
  const venue = useRequest(() => fetchVenue(venueId), [venueId]);
  const code = useRequest(
    () =>
      fetchVenueCode(venueId).catch((e: unknown) => {
        throw hasErrorCode(e, 'FORBIDDEN') ? new ApiError(403, 'FORBIDDEN', notYourVenue) : e;
      }),
    [venueId],
  );
  const [now, setNow] = useState(() => Date.now());
  const [refreshAt, setRefreshAt] = useState<number | null>(null);

  // The screen by the entrance must not go dark while people scan it.
  useEffect(() => {
    if (!isWeapp) return;
    void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
    return () => void Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!code.data) return;
    const at = Date.now();
    setNow(at);
    setRefreshAt(nextRefresh(code.data, at));
  }, [code.data]);

  // A refresh that failed keeps the last code on screen and tries again shortly.
  useEffect(() => {
    if (code.error && code.data?.validUntil) setRefreshAt(Date.now() + retryMs);
  }, [code.error, code.data]);

  useEffect(() => {
    if (refreshAt !== null && now >= refreshAt) {
      setRefreshAt(null);
      void code.reload({ quiet: true });
    }
  }, [now, refreshAt, code]);

  if (code.state === 'loading' && !code.data) return <StateView kind="loading" text="正在获取打卡码…" />;
  if (!code.data)
    return <StateView kind="error" text={code.error ?? undefined} onRetry={() => void code.reload()} />;
  const name = venue.data?.name ?? '';

  if (!code.data.validUntil) return <PrintedCode name={name} code={code.data.code} />;

  const secondsLeft = refreshAt === null ? 0 : Math.max(0, Math.ceil((refreshAt - now) / 1000));
  return (
    <View className="sc-screen">
      <Text className="sc-name">{name}</Text>
      <Text className="sc-call">扫码打卡，收集科普护照印章</Text>
      <TicketQr
        ticket={code.data.code}
        size="large"
        alt="场馆打卡二维码"
        caption={{ label: '打卡码', text: code.data.code }}
      />
      {code.error ? (
        <Text className="error-text sc-warning">网络不稳定，正在重新获取打卡码…（{code.error}）</Text>
      ) : (
        <Text className="sc-countdown">
          {secondsLeft > 0 ? `${secondsLeft} 秒后自动换新码` : '正在换新码…'}
        </Text>
      )}
      <Text className="hint sc-how">打开微信“石嘴山科创”小程序 → 场馆 → 本馆 → 扫码打卡</Text>
    </View>
  );
}

/** A poster venue's printed code: a sheet to print and put on the wall. */
function PrintedCode({ name, code }: { name: string; code: string }) {
  return (
    <View>
      <View className="sc-poster">
        <Text className="sc-poster-title">{name}</Text>
        <Text className="sc-poster-sub">科普打卡点</Text>
        <TicketQr ticket={code} size="large" alt="场馆打卡二维码" caption={{ label: '打卡码', text: code }} />
        <View className="sc-poster-steps">
          <Text className="sc-poster-step">1. 打开微信，搜索并进入“石嘴山科创”小程序</Text>
          <Text className="sc-poster-step">2. 点“场馆”，找到本馆，点“扫码打卡”</Text>
          <Text className="sc-poster-step">3. 扫描上方二维码，并允许读取一次位置</Text>
        </View>
        <Text className="sc-poster-note">须在场馆现场打卡，转发的照片在别处无效</Text>
      </View>
      <View className="sc-noprint">
        {isWeapp ? (
          <Text className="hint">如需打印，请截屏后打印，或在电脑浏览器中打开网页版本页直接打印。</Text>
        ) : (
          <Button className="btn btn-primary" onClick={() => window.print()}>
            打印张贴码
          </Button>
        )}
      </View>
    </View>
  );
}
