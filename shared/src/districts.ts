// Place codes of GB/T 2260 that the product names. The city has three county-level divisions;
// events and venues are always in one of them.

export const districtNames = {
  '640202': '大武口区',
  '640205': '惠农区',
  '640221': '平罗县',
} as const;
export type DistrictCode = keyof typeof districtNames;
export const districtCodes = Object.keys(districtNames) as [DistrictCode, ...DistrictCode[]];

export const isDistrictCode = (code: string): code is DistrictCode =>
  Object.prototype.hasOwnProperty.call(districtNames, code);

const cityName = '石嘴山市';
const prefectureNames: Record<string, string> = {
  '6401': '银川市',
  '6402': cityName,
  '6403': '吴忠市',
  '6404': '固原市',
  '6405': '中卫市',
};

/** A registration place for people: `640202` -> `石嘴山市大武口区`; else the prefecture, 宁夏, or the code. */
export function regionName(code: string): string {
  if (isDistrictCode(code)) return `${cityName}${districtNames[code]}`;
  if (!code.startsWith('64')) return code;
  return prefectureNames[code] ?? prefectureNames[code.slice(0, 4)] ?? '宁夏回族自治区';
}
