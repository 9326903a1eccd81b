import type { Compilation } from 'webpack';

/**
 * H5: the files each lazily imported module brings (its chunks' code and styles, with the chunks it
 * shares with others), keyed by the import's request without './': for a page, its path, as the
 * router's `import('./pages/events/index')` (taro-loader's H5 entry) names it. The entry's files
 * (Taro, the app) are left out: index.html has them already. For the page template, so a page
 * opened by its link can ask for its files at once (src/early/script.ts keeps the pages).
 */
export function lazyFiles(compilation: Compilation): Record<string, string[]> {
  const entryFiles = new Set<string>();
  for (const entry of compilation.entrypoints.values())
    for (const chunk of entry.chunks) for (const file of chunk.files) entryFiles.add(file);
  const byRequest: Record<string, string[]> = {};
  for (const group of compilation.chunkGroups) {
    const files = group.chunks
      .flatMap((chunk) => [...chunk.files])
      .filter((file) => /\.(js|css)$/.test(file) && !entryFiles.has(file));
    for (const origin of group.origins) {
      if (!origin.request) continue;
      const request = origin.request.replace(/^\.\//, '');
      byRequest[request] = [...new Set([...(byRequest[request] ?? []), ...files])].sort();
    }
  }
  return byRequest;
}
