import Taro from '@tarojs/taro';
import type { PickedPlan } from './planFile';
import { planExtensions } from './planFile';
import type { PlanUploadTicket } from './schemas';

// Choosing and posting the plan file: on WeChat from a chat (chooseMessageFile) with uploadFile;
// on H5 from a file input with a FormData POST. Either way the file goes straight to storage
// with the pre-signed POST fields; no function carries it.

const isWeapp = () => process.env.TARO_ENV === 'weapp';

/** WeChat: a PDF or PPTX someone sent in a chat. Null when the person backs out. */
export async function chooseChatFile(): Promise<PickedPlan | null> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: planExtensions });
    const file = tempFiles[0];
    if (!file) return null;
    return { name: file.name, size: file.size, source: { kind: 'path', path: file.path } };
  } catch {
    return null; // cancelled
  }
}

export const pickedFromInput = (file: File): PickedPlan => ({
  name: file.name,
  size: file.size,
  source: { kind: 'file', file },
});

export class UploadFailed extends Error {
  override readonly name = 'UploadFailed';
}

/** Posts the file to the pre-signed POST; `onProgress` gets 0..100. */
export function postPlan(
  ticket: PlanUploadTicket,
  picked: PickedPlan,
  onProgress: (percent: number) => void,
): Promise<void> {
  if (isWeapp() && picked.source.kind === 'path')
    return postFromPhone(ticket, picked.source.path, onProgress);
  if (picked.source.kind === 'file') return postFromBrowser(ticket, picked.source.file, onProgress);
  return Promise.reject(new UploadFailed('文件来源有误，请重新选择'));
}

function postFromPhone(ticket: PlanUploadTicket, filePath: string, onProgress: (percent: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const task = Taro.uploadFile({
      url: ticket.url,
      filePath,
      name: 'file',
      formData: ticket.fields,
      success: (result) =>
        result.statusCode >= 200 && result.statusCode < 300
          ? resolve()
          : reject(new UploadFailed(`上传被存储服务拒绝（${result.statusCode}），请重试`)),
      fail: () => reject(new UploadFailed('上传失败，请检查网络后重试')),
    });
    task?.onProgressUpdate?.((update) => onProgress(update.progress));
  });
}

function postFromBrowser(ticket: PlanUploadTicket, file: Blob, onProgress: (percent: number) => void) {
  const form = new FormData();
  // Exactly the signed fields, then the file: S3 wants `file` last and refuses unsigned fields.
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', file);
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', ticket.url);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve()
        : reject(new UploadFailed(`上传被存储服务拒绝（${xhr.status}），请重试`));
    xhr.onerror = () => reject(new UploadFailed('上传失败，请检查网络后重试'));
    xhr.send(form);
  });
}
