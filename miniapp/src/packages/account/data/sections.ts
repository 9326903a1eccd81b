// GET /me/export in words: a section per kind of data, Chinese labels, Beijing times. Values are
// shown as the export holds them (it masks nothing of the person's own data, so neither does this).
import {
  certificationNames,
  entryStatusNames,
  formatShanghai,
  formatWan,
  moneyProfileFields,
  parseIsoInstant,
  profileFieldLabels,
  registrationStatusNames,
  roleNames,
  taxCollectionNames,
  toShanghaiIso,
} from '@szkc/shared';

/** One thing held: a heading (an event, a venue) and its label–value rows. */
export interface DataItem {
  heading?: string;
  rows: Array<[label: string, value: string]>;
}

export interface DataSection {
  key: string;
  title: string;
  /** Said when the section holds nothing. */
  items: DataItem[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `2026年12月5日 周六 09:30`, Beijing time; the text as given when it is not an instant. */
export function beijingTime(value: unknown): string {
  if (typeof value !== 'string') return text(value);
  const ms = parseIsoInstant(value);
  if (ms === null) return value;
  return `${toShanghaiIso(ms).slice(0, 4)}年${formatShanghai(ms)}`;
}

/** Anything else in words: 是/否, lists with 、, nothing as 无. */
function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length ? value.map(text).join('、') : '无';
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}

const named =
  (names: Record<string, string>) =>
  (value: unknown): string =>
    typeof value === 'string' ? (names[value] ?? value) : text(value);

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

function account(user: unknown): DataItem[] {
  if (!isObject(user)) return [];
  const roles = Array.isArray(user.roles) ? user.roles.map(named(roleNames)).join('、') : text(user.roles);
  return [
    {
      rows: [
        ['昵称', text(user.nickname)],
        ['身份', roles],
        ['手机号', user.phone ? text(user.phone) : '未绑定'],
        ['用户编号', text(user.id)],
        ['微信标识（OpenID）', text(user.wechatOpenid)],
        ['注册时间', beijingTime(user.createdAt)],
        ['最近更新', beijingTime(user.updatedAt)],
      ],
    },
  ];
}

const money = new Set<string>(moneyProfileFields);
const fieldValue: Record<string, (value: unknown) => string> = {
  taxCollection: named(taxCollectionNames),
  certifications: (value) =>
    Array.isArray(value) && value.length ? value.map(named(certificationNames)).join('、') : '无',
};

function enterprise(saved: unknown): DataItem[] {
  if (!isObject(saved) || !isObject(saved.profile)) return [];
  const rows = Object.entries(saved.profile).map(([field, value]): [string, string] => {
    const label = (profileFieldLabels as Record<string, string>)[field] ?? field;
    if (money.has(field) && typeof value === 'number') return [label, formatWan(value)];
    return [label, (fieldValue[field] ?? text)(value)];
  });
  return [{ rows: [...rows, ['保存时间', beijingTime(saved.updatedAt)]] }];
}

const registrations = (value: unknown): DataItem[] =>
  list(value).map((r) => ({
    heading: text(r.eventTitle),
    rows: [
      ['状态', named(registrationStatusNames)(r.status)],
      ['人数', `${text(r.partySize)} 人`],
      ['联系人', text(r.contactName)],
      ['联系电话', text(r.contactPhone)],
      ['报名时间', beijingTime(r.createdAt)],
      ['签到时间', r.checkedInAt ? beijingTime(r.checkedInAt) : '未签到'],
      ['报名编号', text(r.registrationId)],
    ],
  }));

const venueCheckins = (value: unknown): DataItem[] =>
  list(value).map((c) => ({
    heading: text(c.venueName),
    rows: [['打卡时间', beijingTime(c.checkedInAt)]],
  }));

const contestEntries = (value: unknown): DataItem[] =>
  list(value).map((e) => ({
    heading: text(e.projectName),
    rows: [
      ['大赛', text(e.contestTitle)],
      ['团队角色', e.isLeader ? '队长' : '队员'],
      ['状态', named(entryStatusNames)(e.status)],
      ['所在单位', text(e.organizationName)],
      ['加入时间', beijingTime(e.joinedAt)],
    ],
  }));

function contestReviews(value: unknown): DataItem[] {
  if (!isObject(value)) return [];
  const assignments = list(value.assignments).map((a): DataItem => ({
    heading: '评审任务',
    rows: [
      ['大赛编号', text(a.contestId)],
      ['负责赛道', text(a.trackIds)],
      ['所在单位', text(a.organizationName)],
    ],
  }));
  const scores = list(value.scores).map((s): DataItem => ({
    heading: `评分 · 第 ${text(s.round)} 轮`,
    rows: [
      ['作品编号', text(s.entryId)],
      ['总分', text(s.total)],
      ['评语', text(s.comment)],
      ['评分时间', beijingTime(s.updatedAt)],
    ],
  }));
  return [...assignments, ...scores];
}

/** Each part of the export, in the order shown; a part the app does not know yet is shown as is. */
const known: Record<string, { title: string; items: (value: unknown) => DataItem[] }> = {
  user: { title: '账号信息', items: account },
  enterpriseProfile: { title: '企业信息', items: enterprise },
  registrations: { title: '活动报名', items: registrations },
  venueCheckins: { title: '场馆打卡', items: venueCheckins },
  contestEntries: { title: '大赛参赛', items: contestEntries },
  contestReviews: { title: '大赛评审', items: contestReviews },
};

export function dataSections(exported: Json): DataSection[] {
  const sections = Object.entries(known).map(([key, { title, items }]) => ({
    key,
    title,
    items: items(exported[key]),
  }));
  const others = Object.entries(exported)
    .filter(([key]) => key !== 'exportedAt' && !(key in known))
    .map(([key, value]) => ({
      key,
      title: `其他数据（${key}）`,
      items: [{ rows: [['内容', JSON.stringify(value, null, 2)]] as Array<[string, string]> }],
    }));
  return [...sections, ...others];
}
