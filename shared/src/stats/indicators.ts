// The fourteen figures the bureau measures itself against: the twelve rows of 专栏1 of
// 《石嘴山市科技创新"十四五"规划》 in the plan's order, then the two 科普 targets of the same plan.
// Data, not code: each row cites the plan. A figure that could not be checked against the plan's
// text is `verified: false` with a note, and its number is null rather than guessed.

/** The plan every row cites. */
export const planDocument = '《石嘴山市科技创新"十四五"规划》';

export type IndicatorSource = { document: string; section: string };

export type IndicatorDefinition = {
  id: string;
  label: string;
  unit: string;
  baseline: { year: number; value: number | null } | null;
  target: { year: 2025; value: number | null; text: string };
  /** Counted by the platform itself (then it cannot be reported by hand). */
  platformMeasured: boolean;
  source: IndicatorSource;
  /** False where a number, a unit or a label is not yet checked against the plan's own text. */
  verified: boolean;
  note: string | null;
};

const column1: IndicatorSource = { document: planDocument, section: '专栏1 “十四五”科技创新主要指标' };
const popularisation: IndicatorSource = { document: planDocument, section: '科学普及（科普基础设施）' };

const notChecked = '规划原文未能核对：基期值与目标值暂缺，待科技局对照规划原文补录。';
const target = (text: string, value: number | null = null) => ({ year: 2025 as const, value, text });

export const indicatorDefinitions: readonly IndicatorDefinition[] = [
  {
    id: 'rd-intensity',
    label: '全社会研发经费投入强度',
    unit: '%',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'rd-active-share',
    label: '有研发活动的规上工业企业占比',
    unit: '%',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'tech-contracts-gdp',
    label: '技术合同成交额占地区生产总值比重',
    unit: '%',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'high-tech-enterprises',
    label: '高新技术企业数量',
    unit: '家',
    baseline: { year: 2020, value: 63 },
    target: target('达到 120 家', 120),
    platformMeasured: false,
    source: column1,
    verified: true,
    note: null,
  },
  {
    id: 'rd-staff-fte',
    label: 'R&D人员全时当量',
    unit: '人年',
    baseline: { year: 2019, value: null },
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: '规划给出的基期为 2019 年；基期值与目标值未能核对规划原文，暂缺。',
  },
  {
    id: 'high-tech-output',
    label: '高新技术产业产值',
    unit: '亿元',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: `${notChecked}名称与单位按指标编号拟定，亦待核对。`,
  },
  {
    id: 'patents-per-10k',
    label: '每万人口发明专利拥有量',
    unit: '件',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'tech-smes',
    label: '科技型中小企业数量',
    unit: '家',
    baseline: { year: 2020, value: 185 },
    target: target('达到 400 家', 400),
    platformMeasured: false,
    source: column1,
    verified: true,
    note: null,
  },
  {
    id: 'platforms',
    label: '科技创新平台数量',
    unit: '个',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'new-rd-institutions',
    label: '新型研发机构数量',
    unit: '家',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'innovation-teams',
    label: '科技创新团队数量',
    unit: '个',
    baseline: null,
    target: target('目标值待核对规划原文'),
    platformMeasured: false,
    source: column1,
    verified: false,
    note: notChecked,
  },
  {
    id: 'science-literacy',
    label: '公民具备基本科学素质比例',
    unit: '%',
    baseline: { year: 2020, value: 8 },
    target: target('达到 13%', 13),
    platformMeasured: false,
    source: column1,
    verified: true,
    note: null,
  },
  {
    id: 'science-venues',
    label: '科技场馆',
    unit: '个',
    baseline: null,
    target: target('10 个以上', 10),
    platformMeasured: true,
    source: popularisation,
    verified: true,
    note: '平台上登记的科技馆与专业科技馆/博物馆',
  },
  {
    id: 'science-bases',
    label: '科普教育基地',
    unit: '个',
    baseline: null,
    target: target('50 个', 50),
    platformMeasured: true,
    source: popularisation,
    verified: true,
    note: '平台上登记的科普教育基地',
  },
];

export type IndicatorId = (typeof indicatorDefinitions)[number]['id'];
export const indicatorIds = indicatorDefinitions.map((d) => d.id);

export const findIndicator = (id: string): IndicatorDefinition | undefined =>
  indicatorDefinitions.find((d) => d.id === id);

/** Venue kinds that count as 科技场馆 and as 科普教育基地 on the platform. */
export const scienceVenueKinds = ['science-center', 'museum'] as const;
export const scienceBaseKinds = ['base'] as const;
