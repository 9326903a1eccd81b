import { Button, Text, View } from '@tarojs/components';
import {
  enterpriseSaveRequestSchema,
  formatShanghai,
  type EnterpriseProfile,
  type ProfileField,
} from '@szkc/shared';
import { useState } from 'react';
import { devLoginEnabled } from '../../../api/base';
import { ApiError, errorMessage } from '../../../api/errors';
import { toastSuccess } from '../../../api/feedback';
import { saveMyEnterprise } from '../../../api/policies';
import type { FieldErrors } from '../../../policies/form-model';
import { logInThenReturn } from '../../../session/returnAfterLogin';
import { useSession } from '../../../session/SessionContext';

interface SaveSectionProps {
  profile: EnterpriseProfile;
  /** Fields the form already knows are wrong: nothing is sent while there are any. */
  errorCount: number;
  savedAt: string | null;
  /** Pressing save makes every field's problem visible, even a half-typed credit code. */
  onAttempt(): void;
  onSaved(updatedAt: string): void;
  /** Field messages from the schema or the server's 422 `details.issues`. */
  onFieldErrors(errors: FieldErrors): void;
}

const isWeapp = process.env.TARO_ENV === 'weapp';

/** `profile.creditCode` -> `creditCode` */
function fieldErrorsOf(issues: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(issues)) return errors;
  for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue.path !== 'string' || typeof issue.message !== 'string') continue;
    const field = issue.path.replace(/^profile\./, '').split('.')[0] as ProfileField;
    errors[field] ??= issue.message;
  }
  return errors;
}

export function SaveSection({
  profile,
  errorCount,
  savedAt,
  onAttempt,
  onSaved,
  onFieldErrors,
}: SaveSectionProps) {
  const { status, loginWithWechat } = useSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    setMessage(null);
    onAttempt();
    if (errorCount > 0) {
      setMessage(`请先改正标红的 ${errorCount} 处内容，再保存`);
      return;
    }
    const checked = enterpriseSaveRequestSchema.safeParse({ profile });
    if (!checked.success) {
      const issues = checked.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      onFieldErrors(fieldErrorsOf(issues));
      setMessage(issues[0]?.message ?? '企业信息有误，请检查');
      return;
    }
    setBusy(true);
    try {
      const saved = await saveMyEnterprise(checked.data.profile);
      onSaved(saved.updatedAt);
      toastSuccess('企业信息已保存');
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) onFieldErrors(fieldErrorsOf(e.details?.issues));
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const loginAndSave = async () => {
    setMessage(null);
    try {
      await loginWithWechat();
    } catch (e) {
      setMessage(errorMessage(e));
      return;
    }
    await save();
  };

  return (
    <View className="card save">
      <Text className="card-title">保存企业信息</Text>
      {status === 'signedIn' ? (
        <View>
          <Text className="muted">保存后，下次打开本页会自动填好。需要填写正确的统一社会信用代码。</Text>
          {savedAt && <Text className="hint">上次保存：{formatShanghai(savedAt)}</Text>}
          {message && <Text className="error-text">{message}</Text>}
          <Button
            className={busy ? 'btn btn-primary btn-busy save-button' : 'btn btn-primary save-button'}
            disabled={busy || undefined}
            onClick={() => void save()}
          >
            {busy ? '正在保存…' : '保存企业信息'}
          </Button>
        </View>
      ) : (
        <View>
          <Text className="muted">
            保存企业信息需要先登录。不登录也可以自测，填写的数据只在本机计算，不会上传。
          </Text>
          {message && <Text className="error-text">{message}</Text>}
          {isWeapp && (
            <Button className="btn btn-primary save-button" onClick={() => void loginAndSave()}>
              微信登录并保存
            </Button>
          )}
          {(!isWeapp || devLoginEnabled) && (
            <Button className="btn btn-secondary save-button" onClick={() => logInThenReturn('policyMatch')}>
              去“我的”登录
            </Button>
          )}
          {!isWeapp && <Text className="hint">登录后会自动回到本页，已填写的内容仍在。</Text>}
        </View>
      )}
    </View>
  );
}
