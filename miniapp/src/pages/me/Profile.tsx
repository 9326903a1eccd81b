import { Text, View } from '@tarojs/components';
import { roleNames, type User } from '@szkc/shared';

export function Profile({ user }: { user: User }) {
  // Every account is a citizen; an empty list still reads as one.
  const roles = user.roles.length ? user.roles.map((role) => roleNames[role]).join('、') : roleNames.citizen;
  return (
    <View className="card me-profile">
      <Text className="me-nickname">{user.nickname}</Text>
      <View className="me-row">
        <Text className="me-row-label">身份</Text>
        <Text className="me-row-value">{roles}</Text>
      </View>
      <View className="me-row">
        <Text className="me-row-label">手机号</Text>
        <Text className="me-row-value">{user.phoneMasked ?? '未绑定'}</Text>
      </View>
    </View>
  );
}
