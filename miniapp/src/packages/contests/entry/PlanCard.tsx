import { Button, Text, View } from '@tarojs/components';
import { formatShanghai } from '@szkc/shared';
import { createElement, useState, type ChangeEvent } from 'react';
import { confirmPlan, requestPlanUpload } from '../../../api/contests';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { fileSizeText } from '../../../contests/labels';
import { checkPlanFile, invalidFileExplanation, type PickedPlan } from '../../../contests/planFile';
import { chooseChatFile, pickedFromInput, postPlan, UploadFailed } from '../../../contests/planUpload';
import type { Entry } from '../../../contests/schemas';

type Upload =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; percent: number }
  | { kind: 'checking'; name: string }
  | { kind: 'error'; message: string };

/**
 * 商业计划书: picked from a chat on WeChat or with a file input on H5, checked here (type, 20 MB),
 * posted straight to storage with the pre-signed POST, then handed to the server to check.
 */
export function PlanCard({
  contestId,
  entry,
  editable,
  onUploaded,
}: {
  contestId: string;
  entry: Entry;
  editable: boolean;
  onUploaded(entry: Entry): void;
}) {
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const busy = upload.kind === 'uploading' || upload.kind === 'checking';

  const send = async (picked: PickedPlan) => {
    const check = checkPlanFile(picked);
    if (!check.ok) return setUpload({ kind: 'error', message: check.message });
    setUpload({ kind: 'uploading', name: picked.name, percent: 0 });
    try {
      const ticket = await requestPlanUpload(contestId, entry.id, {
        fileName: picked.name,
        contentType: check.contentType,
        size: picked.size,
      });
      await postPlan(ticket, picked, (percent) =>
        setUpload({ kind: 'uploading', name: picked.name, percent }),
      );
      setUpload({ kind: 'checking', name: picked.name });
      const updated = await confirmPlan(contestId, entry.id, ticket.key);
      setUpload({ kind: 'idle' });
      onUploaded(updated);
    } catch (e) {
      const message = hasErrorCode(e, 'INVALID_FILE')
        ? invalidFileExplanation
        : e instanceof UploadFailed
          ? e.message
          : errorMessage(e);
      setUpload({ kind: 'error', message });
    }
  };

  const pickOnPhone = async () => {
    const picked = await chooseChatFile();
    if (picked) await send(picked);
  };

  const onFileInput = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be picked again after a failure
    if (file) void send(pickedFromInput(file));
  };

  const plan = entry.plan;
  const label = plan ? '更换商业计划书' : '上传商业计划书';
  return (
    <View className="card">
      <Text className="card-title">商业计划书</Text>
      {plan ? (
        <View>
          <Text className="contest-line">✓ 已上传：{plan.fileName}</Text>
          <Text className="hint">
            {fileSizeText(plan.size)}，{formatShanghai(plan.uploadedAt)} 上传
          </Text>
        </View>
      ) : (
        <Text className="muted">还没有上传。提交前必须上传一份 PDF 或 PPTX，不超过 20 MB。</Text>
      )}

      {upload.kind === 'uploading' && (
        <View>
          <Text className="hint">
            正在上传“{upload.name}”… {upload.percent}%
          </Text>
          <View className="progress">
            <View className="progress-bar" style={{ width: `${upload.percent}%` }} />
          </View>
        </View>
      )}
      {upload.kind === 'checking' && <Text className="hint">上传完成，正在检查“{upload.name}”…</Text>}
      {upload.kind === 'error' && <Text className="error-text">{upload.message}</Text>}

      {editable &&
        !busy &&
        (process.env.TARO_ENV === 'weapp' ? (
          <View className="plan-actions">
            <Text className="hint">请先把文件发到微信（如发给“文件传输助手”），再从聊天记录里选择。</Text>
            <Button className="btn btn-primary" onClick={() => void pickOnPhone()}>
              从微信聊天中选择文件，{label}
            </Button>
          </View>
        ) : (
          <View className="plan-actions">
            {plan && (
              <Text className="hint">
                要换一份时再选择文件（PDF 或 PPTX，不超过 20 MB），新文件会替换上面这份。
              </Text>
            )}
            {/* A label around a hidden input: the browser's own button would read "Choose file". */}
            {createElement(
              'label',
              { className: 'btn btn-primary' },
              `选择文件，${label}`,
              createElement('input', {
                type: 'file',
                accept:
                  '.pdf,.pptx,application/pdf,application/vnd.openxmlformats-officedocument.presentationml.presentation',
                className: 'plan-file-input',
                'data-testid': 'plan-file-input',
                onChange: onFileInput,
              }),
            )}
          </View>
        ))}
    </View>
  );
}
