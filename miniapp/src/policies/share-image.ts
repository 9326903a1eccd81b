// Turning the laid-out card into an image, per platform. WeChat: a type="2d" Canvas on the page,
// canvasToTempFilePath, then WeChat's own share-image menu (send to a chat, save, favourite).
// H5: an HTML canvas, a PNG data URL, and a download link.
import Taro from '@tarojs/taro';
import { layoutCard, paintCard, type CardCanvas, type CardContent } from './share-card';

export const isWeapp = process.env.TARO_ENV === 'weapp';

/** The page's hidden canvas (see ShareResult). */
export const shareCanvasId = 'policy-share-canvas';

interface WeappCanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): CardCanvas;
}

function findCanvasNode(): Promise<WeappCanvasNode> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${shareCanvasId}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: WeappCanvasNode } | null>) => {
        const node = res?.[0]?.node;
        if (node) resolve(node);
        else reject(new Error('share canvas not found'));
      });
  });
}

/** Draws the card on the page's canvas and returns a temporary PNG file path (WeChat). */
export async function renderCardFile(content: CardContent): Promise<string> {
  const canvas = await findCanvasNode();
  const ctx = canvas.getContext('2d');
  const layout = layoutCard(ctx, content);
  // 750 px wide at scale 1: sharp in a chat, and small enough for old phones' canvas limits.
  canvas.width = layout.width;
  canvas.height = layout.height;
  paintCard(ctx, layout);
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    fileType: 'png',
  });
  return tempFilePath;
}

/** WeChat's menu offers 发送给朋友 / 保存图片 / 收藏; older clients only get 保存到相册. */
export async function shareCardFile(path: string): Promise<'menu' | 'saved'> {
  if (Taro.canIUse('showShareImageMenu')) {
    await Taro.showShareImageMenu({ path });
    return 'menu';
  }
  await Taro.saveImageToPhotosAlbum({ filePath: path });
  return 'saved';
}

/** Whether this browser can draw the card and export it as PNG. */
export function canDrawInBrowser(): boolean {
  return typeof document !== 'undefined' && typeof HTMLCanvasElement !== 'undefined';
}

/** Draws the card on an HTML canvas at twice the size (sharp on phones) and returns a PNG data URL. */
export function renderCardDataUrl(content: CardContent): string {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2d canvas unavailable');
  const layout = layoutCard(ctx, content);
  const scale = 2;
  canvas.width = layout.width * scale;
  canvas.height = layout.height * scale;
  ctx.scale(scale, scale);
  paintCard(ctx, layout);
  return canvas.toDataURL('image/png');
}

export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
