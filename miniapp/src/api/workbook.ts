import Taro from '@tarojs/taro';
import { apiBase } from './base';
import { errorFromResponse, networkError } from './errors';
import { loadToken } from './token';

/**
 * Saves an Excel workbook the API makes (`GET ….xlsx`). The file needs the token, so a plain link
 * would not do: H5 fetches the bytes and hands them to the browser as a download; WeChat
 * downloads to a temporary file and opens it in its document viewer (from where it can be
 * forwarded).
 */
export async function saveWorkbook(path: string, name: string): Promise<void> {
  const url = apiBase() + path;
  const header: Record<string, string> = {};
  const token = loadToken();
  if (token) header.Authorization = `Bearer ${token}`;
  const fileName = `${name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.xlsx`;

  if (process.env.TARO_ENV === 'weapp') {
    let download: Taro.downloadFile.FileSuccessCallbackResult;
    try {
      download = await Taro.downloadFile({ url, header });
    } catch {
      throw networkError();
    }
    if (download.statusCode !== 200) throw errorFromResponse(download.statusCode, null);
    await Taro.openDocument({ filePath: download.tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }

  let response: Taro.request.SuccessCallbackResult<ArrayBuffer>;
  try {
    response = await Taro.request<ArrayBuffer>({
      url,
      header,
      method: 'GET',
      responseType: 'arraybuffer',
      timeout: 30000,
    });
  } catch {
    throw networkError();
  }
  if (response.statusCode !== 200) {
    // The error body came back as bytes too: decode it to show the server's message.
    throw errorFromResponse(response.statusCode, decodeText(response.data));
  }
  const blob = new Blob([response.data], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function decodeText(data: unknown): string | null {
  try {
    return data instanceof ArrayBuffer
      ? new TextDecoder().decode(data)
      : typeof data === 'string'
        ? data
        : null;
  } catch {
    return null;
  }
}
