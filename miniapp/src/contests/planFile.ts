import { fileSizeText } from './labels';

// The business plan: PDF or PPTX, at most 20 MiB (API.md). Checked on the phone before anything is
// uploaded, so a wrong file costs no data; the server checks the stored file again.

export const planMaxBytes = 20 * 1024 * 1024;

const contentTypes = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;
export const planExtensions = Object.keys(contentTypes) as Array<keyof typeof contentTypes>;

export interface PickedPlan {
  name: string;
  size: number;
  /** weapp: the temporary file path; H5: the File itself. */
  source: { kind: 'path'; path: string } | { kind: 'file'; file: Blob };
}

export type PlanCheck = { ok: true; contentType: string } | { ok: false; message: string };

export function checkPlanFile(file: Pick<PickedPlan, 'name' | 'size'>): PlanCheck {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const contentType = contentTypes[extension as keyof typeof contentTypes];
  if (!contentType) {
    return {
      ok: false,
      message: `“${file.name}”不是 PDF 或 PPTX 文件。请先另存为 PDF（推荐）或 PPTX 再上传。`,
    };
  }
  if (file.size <= 0) return { ok: false, message: `“${file.name}”是空文件，请重新选择。` };
  if (file.size > planMaxBytes) {
    return {
      ok: false,
      message: `“${file.name}”有 ${fileSizeText(file.size)}，超过了 20 MB。请压缩图片或另存为较小的 PDF 后再上传。`,
    };
  }
  return { ok: true, contentType };
}

/** What 文件无效 (INVALID_FILE) means for the person who just uploaded. */
export const invalidFileExplanation =
  '服务器检查后发现文件内容不是真正的 PDF 或 PPTX（可能只是改了后缀名，或文件已损坏），已将其删除。请用 WPS 或 Office 重新“另存为 PDF”后再上传。';
