import { evaluateEligibility } from '@szkc/shared';
import { readForm, valuesFromProfile } from './form-model';
import { groupDigits, parseWan, yuanToWanText } from './money';
import { cardContent, layoutCard, paintCard, wrapText, type CardCanvas } from './share-card';

describe('万元 <-> 元', () => {
  it.each([
    ['6000', 60_000_000],
    ['0.07', 700],
    ['12.3', 123_000],
    ['1,234.56', 12_345_600],
    ['  5 ', 50_000],
    ['0', 0],
    ['-3.5', -35_000],
    ['123456789.01', 1_234_567_890_100],
  ])('%s 万元 is %d 元', (text, yuan) => {
    expect(parseWan(text)).toEqual({ kind: 'yuan', yuan });
  });

  it('refuses more than two decimals, letters, and absurd sizes', () => {
    expect(parseWan('1.234')).toEqual({ kind: 'error', message: '最多保留两位小数（精确到百元）' });
    expect(parseWan('12a')).toEqual({ kind: 'error', message: '请输入数字（单位：万元）' });
    expect(parseWan('123456789012')).toMatchObject({ kind: 'error' });
    expect(parseWan('')).toEqual({ kind: 'empty' });
  });

  it('shows yuan back as 万元 without losing a yuan', () => {
    expect(yuanToWanText(60_000_000)).toBe('6000');
    expect(yuanToWanText(123_400)).toBe('12.34');
    expect(yuanToWanText(12_345)).toBe('1.2345');
    expect(groupDigits(60_000_000)).toBe('60,000,000');
    expect(groupDigits(-1234)).toBe('-1,234');
  });
});

describe('reading the form', () => {
  it('keeps valid fields for the engine and reports the others with the schema messages', () => {
    const reading = readForm({
      employees: '10',
      techStaff: '12',
      revenueLastYear: '-5',
      creditCode: '91640200ma76x12347',
      industryCode: 'c39',
      certifications: [],
    });
    expect(reading.errors).toEqual({
      techStaff: '科技人员数不能超过职工总数',
      revenueLastYear: '最近一年销售收入不能为负数',
    });
    expect(reading.profile).toEqual({
      employees: 10,
      creditCode: '91640200MA76X12347',
      industryCode: 'C39',
      certifications: [],
    });
  });

  it('round-trips a saved profile', () => {
    const profile = {
      name: '某公司',
      revenueLastYear: 60_000_000,
      employees: 120,
      hasCoreIp: false,
      certifications: ['tech-sme' as const],
    };
    expect(readForm(valuesFromProfile(profile)).profile).toEqual(profile);
  });
});

describe('the result card', () => {
  // Every character 1 em wide: enough to check wrapping and that the layout fits its height.
  function recordingCanvas() {
    const calls: string[] = [];
    const ctx: CardCanvas = {
      font: '',
      fillStyle: '',
      textBaseline: 'alphabetic',
      fillRect: (x, y, w, h) => void calls.push(`rect ${x},${y},${w},${h}`),
      fillText: (text, x, y) => void calls.push(`text ${text} @${x},${y}`),
      measureText(text) {
        return { width: Array.from(text).length * Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 10) };
      },
    };
    return { ctx, calls };
  }

  it('wraps Chinese text by width', () => {
    expect(wrapText((t) => t.length * 10, '一二三四五六七', 30)).toEqual(['一二三', '四五六', '七']);
    expect(wrapText((t) => t.length * 10, '一二三四。五', 40)).toEqual(['一二三', '四。五']);
  });

  it('draws the verdict of every policy, the unverified note and the disclaimer, inside its height', () => {
    const { results } = evaluateEligibility(
      {
        isResidentEnterprise: true,
        industryCode: 'C39',
        taxCollection: 'audit',
        rdExpenseLastYear: 3_000_000,
      },
      '2026-11-27',
    );
    const content = cardContent(
      results,
      (id) => !['innovation-voucher', 'ningkedai', 'shizuishan-tech-loan'].includes(id),
      '石嘴山市某新材料有限公司',
      '2026-11-27',
    );
    const { ctx, calls } = recordingCanvas();
    const layout = layoutCard(ctx, content);
    paintCard(ctx, layout);
    const texts = calls.filter((c) => c.startsWith('text ')).join('\n');
    expect(texts).toContain('政策匹配自测结果');
    expect(texts).toContain('石嘴山市某新材料有限公司');
    expect(texts).toContain('符合 1 项 · 不符合 0 项 · 信息不全 5 项');
    expect(texts).toContain('估算优惠约 75 万元');
    expect(texts.match(/待核对：以主管部门最新文件为准/g)).toHaveLength(3);
    expect(texts).toContain('仅供参考');
    const lowest = Math.max(
      ...calls.filter((c) => c.startsWith('text ')).map((c) => Number(c.split(',').pop())),
    );
    expect(lowest).toBeLessThan(layout.height);
  });

  it('names every failing criterion of a policy on the card, not only the first', () => {
    const { results } = evaluateEligibility(
      { taxCollection: 'assessed', industryCode: 'F51', isResidentEnterprise: false },
      '2026-11-27',
    );
    const content = cardContent(results, () => true, undefined, '2026-11-27');
    expect(content.policies.find((p) => p.name === '研发费用加计扣除')?.note).toBe(
      '未满足：境内注册的居民企业；不属于不适用加计扣除的行业；企业所得税实行查账征收',
    );
  });
});
