import { Input, Text, View } from '@tarojs/components';
import { devNameSchema } from '@szkc/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { returnAfterLogin } from '../../session/returnAfterLogin';
import { useSession } from '../../session/SessionContext';
import { BusyButton } from '../../components/BusyButton';

/** Local-stack login: `dev:<name>` logs in as the user `dev-<name>`, created on first use. */
export function DevLoginForm() {
  const { loginWithCode } = useSession();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = devNameSchema.safeParse(name.trim());
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? '名称格式不正确');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await loginWithCode(`dev:${checked.data}`);
      returnAfterLogin();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <View className="card">
      <Text className="card-title">开发登录</Text>
      <Text className="label">登录名</Text>
      <Input
        className="input"
        value={name}
        placeholder="例如 zhangsan"
        maxlength={32}
        onInput={(e) => setName(e.detail.value)}
        onConfirm={() => void submit()}
      />
      <Text className="hint">
        只能使用小写字母、数字、- 和 _，以字母或数字开头，1 到 32 个字符。新名称会自动创建账号。
      </Text>
      <Text className="hint">
        预置账号：admin（管理员）、organizer（活动组织者）、staff（场馆工作人员）、reviewer（评审专家）。
      </Text>
      {error && <Text className="error-text">{error}</Text>}
      <View className="me-form-actions">
        <BusyButton busy={busy} busyText="正在登录…" onClick={() => void submit()}>
          登录
        </BusyButton>
      </View>
    </View>
  );
}
