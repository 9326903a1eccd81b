// The documents a policy's results cite, each named once with the articles cited from it:
// `《…办法》（…号）第二条、第十一条（一）` instead of the title again on every line.

const citedDocument = /(《[^》]+》(?:（[^）]*）)?)([^《]*)/g;

/** `《A》（1号）第二条及《B》（2号）` -> [['《A》（1号）', '第二条'], ['《B》（2号）', '']] */
function citedParts(source: string): Array<[string, string]> {
  return [...source.matchAll(citedDocument)].map((match) => [
    match[1]!,
    match[2]!.replace(/[及、，\s]+$/, ''),
  ]);
}

export function groupCitations(sources: readonly string[]): string[] {
  const articles = new Map<string, string[]>();
  for (const source of sources) {
    const parts = citedParts(source);
    // Not in the 《》 form: shown as it is.
    if (parts.length === 0) articles.set(source, []);
    for (const [document, article] of parts) {
      const list = articles.get(document) ?? [];
      if (article && !list.includes(article)) list.push(article);
      articles.set(document, list);
    }
  }
  return [...articles].map(([document, list]) => `${document}${list.join('、')}`);
}
