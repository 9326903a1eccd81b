import { groupCitations } from './citations';

describe('groupCitations', () => {
  it('names each document once with the articles cited from it, in the order first cited', () => {
    expect(
      groupCitations([
        '《办法》（32号）第二条',
        '《办法》（32号）第十一条（一）及《指引》（195号）',
        '《办法》（32号）第十一条（二）及《指引》（195号）三（二）',
        '《办法》（32号）第二条',
        '《指引》（67号）及《通知》（119号）第四条',
      ]),
    ).toEqual([
      '《办法》（32号）第二条、第十一条（一）、第十一条（二）',
      '《指引》（195号）三（二）',
      '《指引》（67号）',
      '《通知》（119号）第四条',
    ]);
  });

  it('keeps a source without 《》 as it is', () => {
    expect(groupCitations(['石嘴山市科学技术局通知'])).toEqual(['石嘴山市科学技术局通知']);
  });
});
