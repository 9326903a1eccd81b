// The one schema for free text a person types (names, nicknames, titles, descriptions,
// addresses…). Refused: characters nobody types and that change how the text shows elsewhere
// (rosters, Excel): C0 and C1 controls, zero-width and other invisible format characters, bidi
// controls (U+202A–202E, U+2066–2069) and lone surrogates. Required: one visible character.
// Plain string code only: it runs in the WeChat runtime too (no \p{…} classes, no URL, no eval).
import * as z from './zod';

/** Controls other than tab and line breaks, DEL, and C1 controls. */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);

/** Invisible format characters: zero-width, joiners, word joiner, BOM, soft hyphen, bidi marks. */
const isInvisibleFormat = (code: number) =>
  code === 0x00ad ||
  code === 0x061c ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x2060 && code <= 0x2064) ||
  code === 0xfeff;

/** Bidi embedding, override and isolate controls. */
const isBidiControl = (code: number) =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);

/** Blank-looking letters used to fake an empty name (Hangul fillers, braille blank). */
const isBlankLetter = (code: number) =>
  code === 0x115f || code === 0x1160 || code === 0x3164 || code === 0xffa0 || code === 0x2800;

const isSpace = (ch: string) => /\s/.test(ch);

/** The first reason this text is refused, or null when a person could have typed it. */
export function hiddenCharacterIssue(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair (an emoji, a rare character)
        continue;
      }
      return '含有无效字符';
    }
    if (code >= 0xdc00 && code <= 0xdfff) return '含有无效字符';
    if (isControl(code) || isInvisibleFormat(code) || isBidiControl(code)) return '含有不可见字符';
  }
  return null;
}

/** True when some character would show: not only spaces and blank-looking letters. */
export const hasVisibleCharacter = (value: string) =>
  Array.from(value).some((ch) => !isSpace(ch) && !isBlankLetter(ch.charCodeAt(0)));

/**
 * Free text a person types, trimmed: `label` names the field in the Chinese messages, `max`
 * counts UTF-16 units as zod does. Use this for every such field.
 */
export const freeText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不超过 ${max} 个字`)
    .superRefine((value, ctx) => {
      const hidden = hiddenCharacterIssue(value);
      if (hidden) ctx.addIssue({ code: 'custom', message: `${label}${hidden}` });
      else if (!hasVisibleCharacter(value)) ctx.addIssue({ code: 'custom', message: `${label}不能为空` });
    });

/** A person's name (contact names, nicknames): free text of at most `max` characters. */
export const personText = (label: string, max = 20) => freeText(label, max);
