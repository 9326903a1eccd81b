// postcss-loader is hoisted to the root next to postcss 7 (miniprogram-simulate in tests/ needs
// 7), so it would load postcss 7 and Taro's PostCSS 8 plugins refuse to run. Hand every
// postcss-loader the PostCSS 8 that miniapp depends on.
import postcss from 'postcss';

interface ChainUse {
  get(key: 'loader'): string | undefined;
  tap(fn: (options: Record<string, unknown> | undefined) => Record<string, unknown>): unknown;
}
interface ChainRule {
  uses: { values(): ChainUse[] };
  oneOfs: { values(): ChainRule[] };
  rules: { values(): ChainRule[] };
}
export interface Chain {
  module: { rules: { values(): ChainRule[] } };
}

function patchRule(rule: ChainRule): void {
  for (const use of rule.uses.values()) {
    if (use.get('loader')?.includes('postcss-loader')) {
      use.tap((options) => ({ ...options, implementation: postcss }));
    }
  }
  rule.oneOfs.values().forEach(patchRule);
  rule.rules.values().forEach(patchRule);
}

export function usePostcss8(chain: Chain): void {
  chain.module.rules.values().forEach(patchRule);
}
