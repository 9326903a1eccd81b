import { BusyButton } from '../../../components/BusyButton';
import Taro from '@tarojs/taro';
import { Button, Canvas, Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toastSuccess } from '../../../api/feedback';
import type { CardContent } from '../../../policies/share-card';
import {
  canDrawInBrowser,
  downloadDataUrl,
  isWeapp,
  renderCardDataUrl,
  renderCardFile,
  shareCanvasId,
  shareCardFile,
} from '../../../policies/share-image';

const fileName = '政策匹配自测结果.png';

const toastFailure = () =>
  void Taro.showToast({ title: '生成图片失败，请重试', icon: 'none', duration: 3000 });

/** WeChat: draw, then WeChat's share-image menu (send to the boss in a chat, or save). */
function WeappShare({ content }: { content: () => CardContent }) {
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    try {
      const path = await renderCardFile(content());
      if ((await shareCardFile(path)) === 'saved') toastSuccess('图片已保存到相册');
    } catch (e) {
      // Closing the menu is not an error worth a toast.
      const text = e instanceof Error ? e.message : String((e as { errMsg?: string })?.errMsg ?? '');
      if (!/cancel/i.test(text)) toastFailure();
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      {/* Off screen: only its bitmap is used. */}
      <Canvas type="2d" id={shareCanvasId} className="share-canvas" />
      <BusyButton busy={busy} busyText="正在生成图片…" onClick={() => void share()}>
        生成结果图片，发给同事
      </BusyButton>
      <Text className="hint">
        图片可直接发给微信好友，或保存到手机相册。也可以点右上角“···”把本页转发给同事自测。
      </Text>
    </View>
  );
}

/** Browser: draw on an HTML canvas and offer the PNG for download. */
function BrowserShare({ content }: { content: () => CardContent }) {
  const [image, setImage] = useState<string | null>(null);
  const draw = () => {
    try {
      setImage(renderCardDataUrl(content()));
    } catch {
      toastFailure();
    }
  };
  return (
    <View>
      <Button className="btn btn-secondary" onClick={draw}>
        {image ? '按最新结果重新生成图片' : '生成结果图片'}
      </Button>
      {image && (
        <View>
          {process.env.TARO_ENV === 'h5' ? (
            // Taro's H5 Image draws an <img> without alt; the picture needs a name for screen readers.
            <img className="share-preview" src={image} alt="政策自查结果图片" style={{ height: 'auto' }} />
          ) : (
            <Image className="share-preview" src={image} mode="widthFix" />
          )}
          <Button className="btn btn-primary" onClick={() => downloadDataUrl(image, fileName)}>
            下载图片（PNG）
          </Button>
          <Text className="hint">手机浏览器中也可以长按图片保存。</Text>
        </View>
      )}
    </View>
  );
}

export function ShareResult({ content }: { content: () => CardContent }) {
  if (!isWeapp && !canDrawInBrowser()) return null;
  return (
    <View className="card share">
      <Text className="card-title">把结果发给负责人</Text>
      <Text className="muted">
        生成一张结果汇总图片：各项政策的结论、得分和估算金额，不含填写的原始数据。
      </Text>
      {isWeapp ? <WeappShare content={content} /> : <BrowserShare content={content} />}
    </View>
  );
}
