// How to apply for a policy, part by part. Only what the cited text says is stated as fact; a part
// no text we hold confirms says so in its own words (以当年通知为准（未核实）) and carries `unverified`.
// No phone number is given unless an official text we hold prints it.
import type { ApplicationItem } from '../profile';

/** Stated by a document we cite, but not yet checked word for word against the official text. */
export const cited = (text: string, source: string, unverified: string | null): ApplicationItem => ({
  text,
  source,
  unverified,
});

/** No text we hold says it: the words tell the person so. */
export const uncited = (text: string, unverified: string): ApplicationItem => ({
  text,
  source: null,
  unverified,
});

export const byYearlyNotice = '以当年通知为准（未核实）';
export const phoneUnverified = '咨询电话未核实，请以该部门官方网站公布的为准。';
export const notCheckedAgainstText = '未与发文单位公布的原文逐条核对';
/** The policies whose current text the project does not hold (their `verified` is false). */
export const heldNoText = '未持有现行文件原文，未核实';
