import type { EventStatus } from '@szkc/shared';

export const eventStatusNames: Record<EventStatus, string> = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
};
