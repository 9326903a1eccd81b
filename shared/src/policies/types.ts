import type { Outcome, PolicyCategory, PolicyId, PolicyLevel, Verdict } from './values';
import type { ApplicationItem, EnterpriseProfile, ProfileField, ScoreAdvice } from './profile';

export interface EvaluationContext {
  /** `YYYY-MM-DD`, the day the rules are applied for (Asia/Shanghai). */
  readonly asOf: string;
}

/** How far a threshold is from being met, in the unit of the field to change. */
export interface ThresholdGap {
  readonly unit: 'yuan' | 'people' | 'points' | 'days';
  /** What must be added to the field (or, for caps, removed from it). */
  readonly amount: number;
  /** The field to change, when one field settles it. */
  readonly field?: ProfileField;
}

export interface CriterionOutcome {
  readonly outcome: Outcome;
  /** Chinese, for the person: what was found, which document says so, and the gap. */
  readonly detail: string;
  readonly gap?: ThresholdGap;
  /**
   * For `unknown`: the missing fields that would settle it. Defaults to the criterion's fields
   * that are missing from the profile.
   */
  readonly missing?: readonly ProfileField[];
}

export interface Criterion {
  readonly id: string;
  readonly label: string;
  /** The rule in words, for the policy detail page. */
  readonly description: string;
  readonly fields: readonly ProfileField[];
  /**
   * What could not be confirmed from the source text (an article number, a condition only a
   * secondary text names), in Chinese; absent when the rule is confirmed.
   */
  readonly unverified?: string;
  /** Pure; must not throw for any profile the schema accepts (nor, as far as possible, others). */
  evaluate(profile: EnterpriseProfile, ctx: EvaluationContext): CriterionOutcome;
}

export interface PolicySource {
  readonly title: string;
  readonly docNumber: string | null;
}

/** A duty that keeps the status once granted: shown on the policy page, never a criterion. */
export interface Obligation {
  readonly id: string;
  readonly text: string;
  /** 《…》（文号）第…条 */
  readonly source: string;
  readonly unverified?: string;
}

export interface BenefitEstimate {
  readonly summary: string;
  readonly estimateYuan: number | null;
}

export interface Policy {
  readonly id: PolicyId;
  readonly name: string;
  readonly category: PolicyCategory;
  readonly level: PolicyLevel;
  readonly issuer: string;
  readonly summary: string;
  /**
   * First day in force, `YYYY-MM-DD`; null while no text we hold confirms it (the policy is then
   * evaluated on every day and shown as 待核对).
   */
  readonly validFrom: string | null;
  /** Last day in force, or null while it has no end date. */
  readonly validTo: string | null;
  readonly sources: readonly PolicySource[];
  /** False while the parameters are not confirmed against the issuing office's current text. */
  readonly verified: boolean;
  readonly criteria: readonly Criterion[];
  /** Yearly duties after qualifying (申报年报, 更新入库信息); empty when none are known. */
  readonly obligations: readonly Obligation[];
  /** How to apply: where, when, with what, to whom; each part with its source or marked unverified. */
  readonly application: {
    readonly channel: ApplicationItem;
    readonly timing: ApplicationItem;
    readonly materials: ApplicationItem;
    readonly office: ApplicationItem;
  };
  /** A score shown with the verdict (科技型中小企业评价 score); null when the policy has none. */
  score?(profile: EnterpriseProfile, ctx: EvaluationContext): number | null;
  /** For a score below the line, what each indicator's next band is worth (empty otherwise). */
  scoreAdvice?(profile: EnterpriseProfile): ScoreAdvice[];
  /** What the enterprise gets when it qualifies; called for eligible and incomplete verdicts. */
  benefit(profile: EnterpriseProfile, ctx: EvaluationContext): BenefitEstimate;
}

export interface DetailedCriterionResult {
  readonly id: string;
  readonly label: string;
  readonly outcome: Outcome;
  readonly detail: string;
  readonly gap?: ThresholdGap;
  readonly missing: readonly ProfileField[];
}

export interface DetailedPolicyResult {
  readonly policy: Policy;
  readonly verdict: Verdict;
  readonly criteria: readonly DetailedCriterionResult[];
  readonly missingFields: readonly ProfileField[];
  readonly score: number | null;
  readonly scoreAdvice: readonly ScoreAdvice[];
  readonly benefit: BenefitEstimate | null;
}
