// A finance manager on a phone: opens the 政策 tab, reads a policy, fills the self-test in 万元
// for a 大武口区 manufacturer (the draft survives a reload), reads the verdicts with what fails
// first and how to apply, draws the result image, logs in from the form and lands back on it,
// saves the profile (a wrong 统一社会信用代码 first), and finds it filled in next time; then the
// result at the largest text size, 390 and 320 px wide.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageLink, shanghaiDate } from '@szkc/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { uniqueName } from '../support/client';
import { launchPhone, screenshotDir, snap, snapWidths } from '../support/browser';

const { appUrl } = inject('stack');
let browser: Browser;
let page: Page;
const errors: string[] = [];
const consoleErrors: string[] = [];

// A valid code (GB 32100 check character) and one with its last character changed.
const creditCode = '91640200MA76X12347';
const wrongCreditCode = '91640200MA76X12340';

beforeAll(async () => {
  ({ browser, page } = await launchPhone());
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
});
afterAll(() => browser?.close());

// The H5 router keeps earlier pages in the DOM, hidden: only what is on screen counts.
const field = (label: string): Locator =>
  page
    .locator('.field', { has: page.locator('.field-label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('visible=true');
const fill = (label: string, value: string) => field(label).locator('input').fill(value);
const choose = (label: string, choice: string) => field(label).getByText(choice, { exact: true }).click();
const openStep = (title: string) =>
  page.locator('.step', { hasText: title }).locator('visible=true').first().click();
const result = (name: string): Locator =>
  page.locator('.result', { has: page.locator('.result-name', { hasText: new RegExp(`^${name}$`) }) });

/**
 * 查看逐项结果 ↓: the cards in verdict order (符合, 不符合, 信息不全), the first one's name just
 * below the H5 title bar, not under it.
 */
async function expectResultsBelowTitleBar({ withFailure }: { withFailure: boolean }) {
  await page.getByText('查看逐项结果 ↓').locator('visible=true').first().click();
  // The browser's smooth scroll takes longer the farther it goes: wait until it stands still.
  const top = () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find((p) => p.offsetParent)!
          .scrollTop,
    );
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await top();
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 300, timeout: 10_000 },
    )
    .toBe(true);
  const landed = await page.evaluate(() => {
    const visible = (selector: string) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => el.offsetParent);
    return {
      bar: visible('.title-bar')[0]!.getBoundingClientRect().bottom,
      name: visible('.result-name')[0]!.getBoundingClientRect().top,
      heading: visible('.results-title')[0]!.getBoundingClientRect().top,
      results: visible('#policy-results')[0]!.getBoundingClientRect().top,
      verdicts: visible('.result [class*="verdict-"]').map((el) => /verdict-(\w+)/.exec(el.className)![1]),
    };
  });
  expect(landed.name).toBeGreaterThanOrEqual(landed.bar);
  // The heading that says which day's rules apply is the first thing below the bar.
  expect(landed.heading).toBeGreaterThanOrEqual(landed.bar);
  expect(landed.heading).toBeLessThan(landed.name);
  // The list starts at the bar's usual gap below it (12 px), give or take a pixel of rounding.
  expect(landed.results - landed.bar).toBeGreaterThanOrEqual(10);
  expect(landed.results - landed.bar).toBeLessThan(15);
  const rank = (verdict: string | undefined) =>
    ['eligible', 'ineligible', 'incomplete'].indexOf(verdict ?? '');
  if (withFailure) expect(landed.verdicts).toContain('ineligible');
  expect(landed.verdicts).toEqual([...landed.verdicts].sort((a, b) => rank(a) - rank(b)));
}

/** Taro's H5 date picker, never touched: it opens five years back, so 确定 picks a plausible
 *  registration date at once. */
async function pickRegistrationDate() {
  const picker = field('注册成立日期').locator('.field-picker');
  await picker.click();
  await page.locator('.weui-picker__group').first().waitFor();
  await page.waitForTimeout(500); // the picker slides up first
  await snap(page, 'policy-date-picker', { a11y: false });
  await page.getByText('确定', { exact: true }).click();
  await page.waitForTimeout(400);
  const year = Number(/^(\d{4})年/.exec((await picker.textContent()) ?? '')?.[1]);
  expect(year).toBe(Number(shanghaiDate().slice(0, 4)) - 5);
}

it('lists the policies with level, issuer, validity and the verified badge', async () => {
  await page.goto(appUrl);
  await page.getByText('政策', { exact: true }).last().click();
  await expect
    .poll(() => page.getByText('高新技术企业认定').first().isVisible(), { timeout: 15_000 })
    .toBe(true);
  expect(await page.locator('.policy-card').count()).toBe(6);
  expect(await page.getByText('条件已核对', { exact: true }).count()).toBe(3);
  expect(await page.getByText('待核对：以主管部门最新文件为准').count()).toBe(3);
  await expect.poll(() => page.getByText('发布单位：财政部 税务总局').first().isVisible()).toBe(true);
  await snap(page, 'policies-list');
});

it('shows a policy with its criteria and 文号', async () => {
  await page.getByText('研发费用加计扣除').first().click();
  await expect
    .poll(
      () =>
        page
          .getByText(/财政部 税务总局公告2023年第7号/)
          .first()
          .isVisible(),
      { timeout: 15_000 },
    )
    .toBe(true);
  await expect.poll(() => page.getByText('申请条件').first().isVisible()).toBe(true);
  await snap(page, 'policy-detail');
  await page.goBack();
});

it('fills a realistic profile in 万元 and reads the verdicts live', async () => {
  await page.getByText('开始自测').first().click();
  await expect
    .poll(
      () =>
        page
          .getByText(/第 1 步（共 6 步）/)
          .first()
          .isVisible(),
      { timeout: 15_000 },
    )
    .toBe(true);
  await snap(page, 'policy-match-start');

  await fill('企业名称', '石嘴山市某新材料有限公司');
  await fill('统一社会信用代码', creditCode);
  await choose('注册地行政区划代码', '大武口区');
  await pickRegistrationDate();
  await choose('是否为境内注册的居民企业', '是');
  await fill('国民经济行业代码', 'C39');
  await choose('企业所得税征收方式', '查账征收');
  await choose('是否在石嘴山市依法纳税', '是');
  // Two facts are enough for 研发费用加计扣除: it is decided before the rest is typed.
  await expect.poll(() => result('研发费用加计扣除').locator('.verdict-eligible').isVisible()).toBe(true);

  // The draft is kept on the phone: a reload (or a closed browser tab) loses nothing.
  await page.reload();
  await expect
    .poll(() => field('企业名称').locator('input').inputValue(), { timeout: 15_000 })
    .toBe('石嘴山市某新材料有限公司');
  expect(await field('统一社会信用代码').locator('input').inputValue()).toBe(creditCode);
  expect(await field('注册成立日期').locator('.field-picker').textContent()).toMatch(/^\d{4}年/);

  await openStep('人员');
  await fill('职工总数', '120');
  await fill('科技人员数', '30');

  await openStep('收入与资产');
  await fill('最近一年销售收入', '6000');
  await expect.poll(() => field('最近一年销售收入').getByText('折合 60,000,000 元').isVisible()).toBe(true);
  await fill('近三个会计年度销售收入总额', '15000');
  await fill('最近一年总收入', '6200');
  await fill('最近一年高新技术产品（服务）收入', '4000');
  await fill('资产总额', '9000');
  await fill('最近一年应纳税所得额', '400');
  await snap(page, 'policy-match-money');

  await openStep('研发投入');
  await fill('最近一年研发费用', '300');
  await fill('近三个会计年度研发费用总额', '700');
  await fill('近三个会计年度境内研发费用', '700');
  await fill('最近一年成本费用支出总额', '5000');

  await openStep('知识产权与资质');
  await fill('Ⅰ类知识产权数量', '2');
  await fill('Ⅱ类知识产权数量', '5');
  await choose('是否拥有支撑主要产品的核心知识产权', '是');
  await choose('核心技术是否属于《国家重点支持的高新技术领域》', '是');
  await fill('企业创新能力自评得分', '78');
  await choose('已获资质', '科技型中小企业');

  await openStep('合规情况');
  for (const label of [
    '是否发生重大安全、质量事故或严重环境违法、科研严重失信行为',
    '是否列入经营异常名录或严重违法失信名单',
    '产品或服务是否属于禁止、限制和淘汰类',
    '法定代表人是否有不良信用记录',
  ]) {
    await choose(label, '否');
  }

  const rd = result('研发费用加计扣除');
  await expect.poll(() => page.getByText('6 项政策都已得出结论。').isVisible()).toBe(true);
  // Every criterion of every policy is met by this profile.
  await expect.poll(() => page.locator('.verdict-eligible').count()).toBe(6);
  expect(await page.locator('.criterion-fail .criterion-detail').allTextContents()).toEqual([]);
  expect(await page.locator('.criterion-unknown .criterion-detail').allTextContents()).toEqual([]);
  await expect.poll(() => rd.getByText('约 75 万元').isVisible()).toBe(true);
  await expect
    .poll(() => result('科技型中小企业评价').locator('.result-strong', { hasText: '86 分' }).isVisible())
    .toBe(true);
  await expect
    .poll(() => result('宁夏科技创新券').getByText('待核对：以主管部门最新文件为准').isVisible())
    .toBe(true);
  await snap(page, 'policy-match-filled');
  // What fails first, the met criteria folded, each document once: the six verdicts of a firm
  // that meets everything fit in a few phone screens (they ran to about nine).
  const screens = await page.evaluate(() => {
    const results = Array.from(document.querySelectorAll('#policy-results')).find(
      (el) => (el as HTMLElement).offsetParent,
    )!;
    return results.getBoundingClientRect().height / window.innerHeight;
  });
  expect(screens).toBeLessThan(5);

  await rd.scrollIntoViewIfNeeded();
  await snap(page, 'policy-match-result-rd');
  await result('高新技术企业认定').scrollIntoViewIfNeeded();
  await snap(page, 'policy-match-result-high-tech');

  // Every criterion met: folded behind its count; how to apply is open under an eligible policy.
  await expect.poll(() => rd.getByText('✓ 已满足 3 项条件（展开 ▾）').isVisible()).toBe(true);
  expect(await rd.locator('.criterion').count()).toBe(0);
  await expect.poll(() => rd.getByText('下一步：怎么申报').isVisible()).toBe(true);
  await expect.poll(() => rd.getByText(/^不需要事先审批/).isVisible()).toBe(true);
  await rd.getByText(/^申报时间、材料和受理部门/).click();
  await expect.poll(() => rd.getByText(/次年 5 月 31 日前/).isVisible()).toBe(true);

  // Too few technical staff: ✗ first with the gap in people, the met criteria folded, then back.
  await openStep('人员');
  await fill('科技人员数', '6');
  const highTech = result('高新技术企业认定');
  const gap = highTech.locator('.criterion-fail', { hasText: '科技人员占比不低于 10%' });
  await expect.poll(() => gap.getByText(/还需增加 \d+ 名科技人员/).isVisible()).toBe(true);
  await expect.poll(() => highTech.locator('.verdict-ineligible').isVisible()).toBe(true);
  expect(await highTech.locator('.criterion').count()).toBe(1);
  expect(await highTech.locator('.criterion').first().getAttribute('class')).toContain('criterion-fail');
  await expect.poll(() => highTech.getByText(/^✓ 已满足 9 项条件/).isVisible()).toBe(true);
  // The document is named once under the policy, not under every line.
  expect(await gap.locator('.criterion-detail').textContent()).not.toContain('依据');
  const cited = await highTech.locator('.result-source').allTextContents();
  expect(cited.filter((line) => line.startsWith('《高新技术企业认定管理办法》'))).toEqual([
    '《高新技术企业认定管理办法》（国科发火〔2016〕32号）第二条、第十一条（一）、第十一条（二）、第十一条（三）、' +
      '第十一条（四）、第十一条（五）、第十一条（六）、第十一条（七）、第十一条（八）',
  ]);
  await gap.scrollIntoViewIfNeeded();
  await snap(page, 'policy-match-gap');

  // The 科小 score fails on 科技人员 0 分: which indicators would raise it, and by how much.
  const techSme = result('科技型中小企业评价');
  await expect.poll(() => techSme.getByText('科技人员：0 分 → 4 分（+4 分）').isVisible()).toBe(true);
  await techSme.locator('.score-advice').scrollIntoViewIfNeeded();
  await snapWidths(page, 'policy-match-score-advice');
  await fill('科技人员数', '30');
  await expect.poll(() => page.locator('.verdict-eligible').count()).toBe(6);
});

it('draws the result card and offers it as a PNG download', async () => {
  await page.getByText('生成结果图片', { exact: true }).click();
  const preview = page.locator('.share-preview');
  await expect.poll(() => preview.isVisible()).toBe(true);
  await preview.scrollIntoViewIfNeeded();
  await snap(page, 'policy-share-preview');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByText('下载图片（PNG）').click(),
  ]);
  expect(download.suggestedFilename()).toBe('政策匹配自测结果.png');
  const file = path.join(screenshotDir, 'policy-result-card.png');
  await download.saveAs(file);
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1500); // 750 design px at twice the size
});

it('asks to log in before saving, keeps the form, and shows the message for a wrong credit code', async () => {
  await expect.poll(() => page.getByText(/保存企业信息需要先登录/).isVisible()).toBe(true);
  await page.getByText('去“我的”登录').click();
  const input = page.locator('input[placeholder="例如 zhangsan"]');
  await input.waitFor();
  await input.fill(uniqueName('e2e-pol'));
  await page.getByText('登录', { exact: true }).last().click();
  // Logged in, the person is back on the form with the draft, without looking for it.
  await expect
    .poll(
      () =>
        page
          .getByText(/第 \d 步（共 6 步）/)
          .first()
          .isVisible(),
      { timeout: 15_000 },
    )
    .toBe(true);
  // On the step the person left (人员): the draft keeps it.
  expect(await page.locator('.step-current').locator('visible=true').textContent()).toMatch(/^2\. 人员/);
  await openStep('基本信息');
  await expect
    .poll(() => field('企业名称').locator('input').inputValue(), { timeout: 15_000 })
    .toBe('石嘴山市某新材料有限公司');

  await fill('统一社会信用代码', wrongCreditCode);
  await page.locator('.save-button').click();
  await expect
    .poll(() => field('统一社会信用代码').getByText('统一社会信用代码校验位不正确，请核对').isVisible())
    .toBe(true);
  await field('统一社会信用代码').scrollIntoViewIfNeeded();
  await snap(page, 'policy-save-wrong-code');
});

it('saves the profile and finds it filled in after a reload', async () => {
  await fill('统一社会信用代码', creditCode);
  await page.locator('.save-button').click();
  await expect.poll(() => page.getByText(/上次保存：/).isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'policy-saved');

  // After a reload the draft on the phone is the saved profile: no offer to replace it.
  await page.reload();
  await expect
    .poll(() => page.getByText('本机保留的填写内容与您保存的企业信息一致。').isVisible(), { timeout: 15_000 })
    .toBe(true);
  await openStep('收入与资产');
  await expect.poll(() => field('最近一年销售收入').locator('input').inputValue()).toBe('6000');
  await expect.poll(() => page.locator('.verdict-eligible').count()).toBe(6);
});

it('reads well at the largest text size, 390 and 320 px wide', async () => {
  await page.goto(`${appUrl}#/${pageLink('me')}`);
  const largest = page.getByText('长辈模式', { exact: true }).locator('visible=true').first();
  await largest.waitFor({ timeout: 15_000 });
  await largest.click();
  await page.goto(`${appUrl}#/${pageLink('policyMatch')}`);
  // The step is kept with the draft: back on 收入与资产, where the person left.
  await expect
    .poll(
      () =>
        page
          .getByText(/^第 3 步（共 6 步）/)
          .first()
          .isVisible(),
      { timeout: 15_000 },
    )
    .toBe(true);
  await openStep('基本信息');
  await expect
    .poll(() => field('企业名称').locator('input').inputValue(), { timeout: 15_000 })
    .toBe('石嘴山市某新材料有限公司');
  await snapWidths(page, 'policy-match-largest');
  await openStep('人员');
  await fill('科技人员数', '6');
  const techSme = result('科技型中小企业评价');
  await expect.poll(() => techSme.locator('.score-advice').isVisible()).toBe(true);
  await expectResultsBelowTitleBar({ withFailure: true });
  await snapWidths(page, 'policy-match-results-top-largest');
  await techSme.scrollIntoViewIfNeeded();
  await snapWidths(page, 'policy-match-score-advice-largest');
  await result('高新技术企业认定').scrollIntoViewIfNeeded();
  await snapWidths(page, 'policy-match-result-largest');
  await result('研发费用加计扣除').scrollIntoViewIfNeeded();
  await snapWidths(page, 'policy-match-steps-largest');
  await fill('科技人员数', '30');
});

it('shows the first fields on the first screen of a 320 × 640 phone', async () => {
  const size = page.viewportSize()!;
  try {
    for (const scale of ['标准', '长辈模式']) {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${appUrl}#/${pageLink('me')}`);
      await page.getByText(scale, { exact: true }).locator('visible=true').first().click();
      await page.goto(`${appUrl}#/${pageLink('policyMatch')}`);
      // The saved profile is read first (its note takes the place of 正在读取…).
      await expect
        .poll(
          () => page.getByText('本机保留的填写内容与您保存的企业信息一致。').locator('visible=true').count(),
          { timeout: 15_000 },
        )
        .toBe(1);
      await openStep('基本信息');
      await page.evaluate(() => {
        const root = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find(
          (p) => p.offsetParent,
        );
        root?.scrollTo({ top: 0 });
      });
      await page.waitForTimeout(400);
      const current = page.locator('.step-current').locator('visible=true');
      expect(await current.textContent()).toMatch(/^1\. 基本信息/);
      if (scale === '标准') {
        // The first field's input, whole, on the first screen (it ended at about 680 px: only its label was on it).
        const input = await field('企业名称').locator('input').boundingBox();
        expect(input!.y + input!.height).toBeLessThan(640);
      }
      await snap(
        page,
        scale === '标准' ? 'policy-match-first-screen-320' : 'policy-match-first-screen-320-largest',
      );
      await expectResultsBelowTitleBar({ withFailure: false });
      await snap(
        page,
        scale === '标准' ? 'policy-match-results-top-320' : 'policy-match-results-top-320-largest',
      );
    }
  } finally {
    await page.setViewportSize(size);
  }
});

it('had no uncaught errors in the page', () => {
  expect(errors).toEqual([]);
});

it("logged nothing but the browser's own line for the 404 of a firm with no saved profile yet", () => {
  // API.md: GET /me/enterprise is 404 NOT_FOUND until a profile is saved; the app takes it as
  // "nothing saved" and says nothing. Chromium itself still logs the response status.
  const browserLine =
    /^Failed to load resource: the server responded with a status of 404 .*\/me\/enterprise$/;
  expect(consoleErrors.some((line) => browserLine.test(line))).toBe(true);
  expect(consoleErrors.filter((line) => !browserLine.test(line))).toEqual([]);
});
