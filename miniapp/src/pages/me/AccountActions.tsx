import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { toastError, toastSuccess } from '../../api/feedback';
import { openPage } from '../../navigation';
import { useSession } from '../../session/SessionContext';
import { BusyButton } from '../../components/BusyButton';
import { askTwice } from '../../components/confirm';

export function AccountActions() {
  const { logout, deleteAccount } = useSession();
  const [deleting, setDeleting] = useState(false);

  // Deleting cannot be undone, so it is confirmed twice.
  const askToDelete = async () => {
    const sure = await askTwice(
      {
        title: '注销账号',
        content:
          '注销后，您的账号和个人信息将被删除且无法恢复；活动报名记录会匿名保留用于统计。确定要注销吗？',
        confirmText: '继续',
      },
      { title: '请再次确认', content: '账号注销后无法恢复，确定现在注销吗？', confirmText: '确认注销' },
    );
    if (!sure) return;
    setDeleting(true);
    try {
      await deleteAccount();
      toastSuccess('账号已注销');
    } catch (e) {
      toastError(e);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <View className="me-actions">
      <Button className="btn btn-secondary" onClick={() => openPage('myData')}>
        查看和导出我的数据
      </Button>
      <Button className="btn btn-secondary" onClick={() => openPage('privacy')}>
        用户隐私保护指引
      </Button>
      <Button className="btn btn-secondary" onClick={logout}>
        退出登录
      </Button>
      <BusyButton busy={deleting} busyText="正在注销…" kind="danger" onClick={() => void askToDelete()}>
        注销账号
      </BusyButton>
    </View>
  );
}
