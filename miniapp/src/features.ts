import type { PageName } from '@szkc/shared';
import { openPage } from './navigation';

/** A service card on the home page. List only what works today; add a card when its pages ship. */
interface Feature {
  id: string;
  title: string;
  description: string;
  page: PageName;
  /** The card tells a signed-out person to log in first. */
  needsLogin?: boolean;
}

export const liveFeatures: Feature[] = [
  {
    id: 'events',
    title: '科普活动',
    description: '查找身边的讲座、展览和科技活动周，在线报名、领取入场码',
    page: 'events',
  },
  {
    id: 'policies',
    title: '企业政策匹配',
    description: '查看科技政策条件，填写企业数据，自测符合哪些政策、还差什么',
    page: 'policies',
  },
  {
    id: 'contests',
    title: '创新大赛',
    description: '石嘴山市创新创业大赛、发明创新大赛：查看赛道和组别，组队报名、上传商业计划书',
    page: 'contestList',
  },
  {
    id: 'account',
    title: '我的账号',
    description: '微信登录，查看账号信息和身份',
    page: 'me',
  },
  {
    id: 'my-data',
    title: '我的数据',
    description: '查看并复制本小程序保存的您的全部个人信息',
    page: 'myData',
    needsLogin: true,
  },
  {
    id: 'privacy',
    title: '隐私保护指引',
    description: '我们收集哪些信息、为什么收集、如何删除',
    page: 'privacy',
  },
];

export function openFeature(feature: Feature): void {
  openPage(feature.page);
}
