// The result summary as an image for the boss. Laid out once as plain drawing steps, then painted
// on whatever 2D canvas the platform has (WeChat's type="2d" Canvas or an HTML canvas): both
// offer the same fillRect / fillText / measureText.
import { formatWan, verdictNames, type PolicyEligibility, type Verdict } from '@szkc/shared';

export interface CardPolicy {
  name: string;
  verdict: Verdict;
  /** One short line under the name: the score, the estimate, or what is missing. */
  note: string | null;
  unverified: boolean;
}

export interface CardContent {
  companyName: string | null;
  asOf: string;
  policies: CardPolicy[];
}

/** The subset of CanvasRenderingContext2D the card needs (WeChat's 2d context has it too). */
export interface CardCanvas {
  font: string;
  fillStyle: string | CanvasGradient | CanvasPattern;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

type DrawStep =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'text'; x: number; y: number; text: string; font: string; color: string };

export interface CardLayout {
  width: number;
  height: number;
  steps: DrawStep[];
}

export const cardWidth = 750;
const pad = 40;
const fontFamily = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${fontFamily}`;

const verdictColors: Record<Verdict, string> = {
  eligible: '#1e7b34',
  ineligible: '#b3261e',
  incomplete: '#8a5a00',
};

/** What each policy line says, from the same results the page shows. */
export function cardContent(
  results: readonly PolicyEligibility[],
  isVerified: (policyId: string) => boolean,
  companyName: string | undefined,
  asOf: string,
): CardContent {
  return {
    companyName: companyName?.trim() || null,
    asOf,
    policies: results.map((result) => {
      let note: string | null = null;
      if (result.verdict === 'ineligible') {
        // Every criterion that fails, not the first: the boss decides on all of them at once.
        const failed = result.criteria.filter((c) => c.outcome === 'fail').map((c) => c.label);
        note = failed.length ? `未满足：${failed.join('；')}` : null;
      } else if (result.verdict === 'incomplete') {
        note = `还需补充 ${result.missingFields.length} 项信息`;
      } else if (result.benefit?.estimateYuan != null && result.benefit.estimateYuan > 0) {
        note = `估算优惠约 ${formatWan(result.benefit.estimateYuan)}`;
      }
      if (result.score !== null && result.verdict !== 'incomplete') {
        note = `评价得分 ${result.score} 分${note ? `；${note}` : ''}`;
      }
      return { name: result.name, verdict: result.verdict, note, unverified: !isVerified(result.policyId) };
    }),
  };
}

/** Punctuation a Chinese line must not start with: it takes the previous character along. */
const noLineStart = new Set(Array.from('，。、；：？！）》”'));

/** Splits text into lines no wider than maxWidth, character by character (Chinese has no spaces). */
export function wrapText(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (line && measure(line + char) > maxWidth) {
      const chars = Array.from(line);
      const carried = noLineStart.has(char) && chars.length > 1 ? chars.pop()! : '';
      lines.push(chars.join(''));
      line = carried + char;
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays the card out; `ctx` is used only to measure text. */
export function layoutCard(ctx: CardCanvas, content: CardContent): CardLayout {
  const steps: DrawStep[] = [];
  const text = (x: number, y: number, value: string, size: number, color: string, bold = false) =>
    steps.push({ kind: 'text', x, y, text: value, font: font(size, bold), color });
  const measureAt =
    (size: number, bold = false) =>
    (value: string) => {
      ctx.font = font(size, bold);
      return ctx.measureText(value).width;
    };
  const inner = cardWidth - pad * 2;

  // Header band: title, company, date.
  let y = pad;
  const headerLines: Array<[string, number, boolean]> = [['政策匹配自测结果', 44, true]];
  if (content.companyName) {
    for (const line of wrapText(measureAt(32), content.companyName, inner))
      headerLines.push([line, 32, false]);
  }
  headerLines.push([`测算日期：${content.asOf}`, 28, false]);
  const headerHeight = pad + headerLines.reduce((sum, [, size]) => sum + size * 1.5, 0) + pad / 2;
  steps.push({ kind: 'rect', x: 0, y: 0, w: cardWidth, h: headerHeight, color: '#0b5c7a' });
  for (const [line, size, bold] of headerLines) {
    text(pad, y, line, size, '#ffffff', bold);
    y += size * 1.5;
  }
  y = headerHeight + 32;

  const count = (verdict: Verdict) => content.policies.filter((p) => p.verdict === verdict).length;
  text(
    pad,
    y,
    `符合 ${count('eligible')} 项 · 不符合 ${count('ineligible')} 项 · 信息不全 ${count('incomplete')} 项`,
    32,
    '#0b3b4f',
    true,
  );
  y += 64;

  for (const policy of content.policies) {
    steps.push({ kind: 'rect', x: pad, y: y - 12, w: inner, h: 2, color: '#e3eaee' });
    const badge = verdictNames[policy.verdict];
    const badgeWidth = measureAt(28, true)(badge) + 24;
    steps.push({
      kind: 'rect',
      x: pad,
      y: y + 4,
      w: badgeWidth,
      h: 44,
      color: verdictColors[policy.verdict],
    });
    text(pad + 12, y + 12, badge, 28, '#ffffff', true);
    const nameX = pad + badgeWidth + 20;
    for (const line of wrapText(measureAt(32, true), policy.name, cardWidth - pad - nameX)) {
      text(nameX, y + 8, line, 32, '#1a2630', true);
      y += 48;
    }
    y += 8;
    const notes = [policy.note, policy.unverified ? '待核对：以主管部门最新文件为准' : null];
    for (const note of notes) {
      if (!note) continue;
      const color = note.startsWith('待核对') ? '#8a5a00' : '#4a5a66';
      for (const line of wrapText(measureAt(28), note, inner)) {
        text(pad, y, line, 28, color);
        y += 42;
      }
    }
    y += 28;
  }

  y += 8;
  for (const line of [
    '按填写的数据即时测算，仅供参考，以主管部门审核为准。',
    '石嘴山科创 · 石嘴山市科学技术局',
  ]) {
    for (const wrapped of wrapText(measureAt(26), line, inner)) {
      text(pad, y, wrapped, 26, '#4a5a66');
      y += 40;
    }
  }
  return { width: cardWidth, height: Math.ceil(y + pad), steps };
}

/** Paints a laid-out card; the canvas must already be sized (and scaled for the pixel ratio). */
export function paintCard(ctx: CardCanvas, layout: CardLayout): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const step of layout.steps) {
    ctx.fillStyle = step.color;
    if (step.kind === 'rect') {
      ctx.fillRect(step.x, step.y, step.w, step.h);
    } else {
      ctx.font = step.font;
      ctx.fillText(step.text, step.x, step.y);
    }
  }
}
