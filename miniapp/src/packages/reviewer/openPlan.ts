import Taro from '@tarojs/taro';

// WeChat cannot show a PDF from a link: download it (the pre-signed GET, valid 10 minutes) and
// open it with the system viewer. H5 shows the link instead.

function fileTypeOf(url: string): 'pdf' | 'pptx' | undefined {
  const path = url.split('?')[0]!.toLowerCase();
  if (path.endsWith('.pdf')) return 'pdf';
  if (path.endsWith('.pptx')) return 'pptx';
  return undefined;
}

export async function openPlanOnPhone(url: string): Promise<void> {
  const download = await Taro.downloadFile({ url });
  if (download.statusCode < 200 || download.statusCode >= 300) {
    throw new Error(`下载失败（${download.statusCode}），链接可能已过期，请重试`);
  }
  const fileType = fileTypeOf(url);
  await Taro.openDocument({
    filePath: download.tempFilePath,
    showMenu: false,
    ...(fileType ? { fileType } : {}),
  });
}
