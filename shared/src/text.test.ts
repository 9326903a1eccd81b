import { freeText, hasVisibleCharacter, hiddenCharacterIssue, personText } from './text';

describe('free text a person types', () => {
  const name = personText('姓名');
  it('accepts names, emoji pairs, tabs and line breaks', () => {
    for (const ok of ['张三', '阿依古丽·买买提', 'Ann 😀', '马\t六'])
      expect(name.safeParse(ok).success).toBe(true);
    expect(freeText('介绍', 100).safeParse('第一行\r\n第二行').success).toBe(true);
  });
  it('refuses controls, invisible and bidi characters, lone surrogates and blank text', () => {
    for (const bad of [
      '张\u200b三',
      '\u202e三',
      '\u2066张\u2069',
      '张\u0085',
      '\u0007',
      '\ud83d',
      '\udc00x',
      '  ',
      '\u3164',
      '',
    ]) {
      const result = name.safeParse(bad);
      expect({ bad, ok: result.success }).toEqual({ bad, ok: false });
      expect(result.error!.issues[0]!.message).toMatch(/^姓名/);
    }
    expect(hiddenCharacterIssue('a\u2069')).toBe('含有不可见字符');
    expect(hasVisibleCharacter('\u3000\u2800')).toBe(false);
  });
  it('counts the limit after trimming', () => {
    expect(name.safeParse(` ${'好'.repeat(20)} `).success).toBe(true);
    expect(name.safeParse('好'.repeat(21)).success).toBe(false);
  });
});
