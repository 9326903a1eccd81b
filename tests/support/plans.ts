// Uploading a plan as the phone does: ask for a pre-signed POST, post the fields and the file
// straight to the object store, then ask the server to check what was stored.
import type { client } from './client';

type Api = ReturnType<typeof client>;

export const pdfBytes = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
      'trailer <</Root 1 0 R>>\n%%EOF\n',
  );
export const pptxBytes = () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
export const pdfType = 'application/pdf';
export const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export async function postToStore(
  upload: { url: string; fields: Record<string, string> },
  bytes: Buffer,
  type: string,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'plan');
  const reply = await fetch(upload.url, { method: 'POST', body: form });
  if (reply.status >= 300) throw new Error(`store POST: ${reply.status} ${await reply.text()}`);
}

export async function uploadPlan(
  api: Api,
  token: string,
  base: string,
  bytes: Buffer,
  options: { contentType?: string; fileName?: string; declaredSize?: number } = {},
) {
  const contentType = options.contentType ?? pdfType;
  const upload = await api.call('POST', `${base}/plan/upload`, {
    token,
    body: {
      fileName: options.fileName ?? '商业计划书.pdf',
      contentType,
      size: options.declaredSize ?? bytes.length,
    },
  });
  if (upload.status !== 200) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
  await postToStore(upload.body, bytes, contentType);
  return {
    upload: upload.body,
    confirm: await api.call('POST', `${base}/plan`, { token, body: { key: upload.body.key } }),
  };
}
