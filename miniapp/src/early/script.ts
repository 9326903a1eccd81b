import { pagePaths, tabPages } from '@szkc/shared';
import { earlyGets } from './requests';

/** Where the early answers wait for the client, by full URL (see take.ts). */
export const earlyAnswersKey = '__EARLY_GETS__';

export interface EarlyScriptInput {
  /** The API base baked into the build (TARO_APP_API_BASE). */
  apiBase: string;
  /** The files each lazy import brings, by request (config/lazy-files.ts): pages among them. */
  lazyFiles: Record<string, string[]>;
}

/**
 * The inline script at the top of index.html (config/index.ts reads this module with Taro's
 * readConfig and hands the script to the page template). For the page the hash route opens (首页
 * when there is none), it asks at once for what that page will need once the app's code has run:
 *
 * - the page's own chunk files, preloaded beside the app's instead of after it (the router's
 *   script and style tags then find them in the cache);
 * - its first GET (`earlyGets`), so the answer is back before the page has drawn. The API base is
 *   the one the static server injects before it (window.__API_BASE__), else the one baked in,
 *   trimmed as src/api/base.ts trims it. Each answer is `{ statusCode, data }` as Taro.request
 *   gives it (data parsed JSON, null when not JSON), or null when the request failed.
 *
 * Plain ES5 in a string: it runs before any polyfill, in every browser the H5 build targets
 * (without fetch it asks for no data, and the page asks for itself).
 */
export default function earlyScript({ apiBase, lazyFiles }: EarlyScriptInput): string {
  const pages = new Set<string>(Object.values(pagePaths));
  const files = Object.fromEntries(Object.entries(lazyFiles).filter(([request]) => pages.has(request)));
  return `(function (w, d) {
  var own = function (table, key) { return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null; };
  var route = w.location.hash.replace(/^#\\/?/, '').split('?')[0] || ${JSON.stringify(tabPages.home)};
  var files = own(${JSON.stringify(files)}, route) || [];
  for (var i = 0; i < files.length; i++) {
    var link = d.createElement('link');
    link.setAttribute('rel', 'preload');
    link.setAttribute('as', /\\.css$/.test(files[i]) ? 'style' : 'script');
    link.setAttribute('href', './' + files[i]);
    d.head.appendChild(link);
  }
  var path = own(${JSON.stringify(earlyGets)}, route);
  if (!path || !w.fetch) return;
  var url = String(w.__API_BASE__ || ${JSON.stringify(apiBase)}).replace(/\\/+$/, '') + path;
  var answers = (w.${earlyAnswersKey} = w.${earlyAnswersKey} || {});
  answers[url] = w.fetch(url, { headers: { Accept: 'application/json' } }).then(
    function (response) {
      return response.json().then(null, function () { return null; }).then(function (data) {
        return { statusCode: response.status, data: data };
      });
    },
    function () { return null; }
  );
})(window, document);`;
}
