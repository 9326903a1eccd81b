import { earlyGets } from './requests';

/** Where the early answers wait for the client, by full URL (see take.ts). */
export const earlyAnswersKey = '__EARLY_GETS__';

/**
 * The inline script at the top of index.html (config/index.ts reads this module with Taro's
 * readConfig and hands the script to the page template): when the hash route is a page of
 * `earlyGets`, it starts that page's first GET at once, so the answer is back before the app's
 * code and the page's chunk have loaded. The API base is the one
 * the static server injects before it (window.__API_BASE__), else the one baked in, trimmed as
 * src/api/base.ts trims it. Each answer is `{ statusCode, data }` as Taro.request gives it (data
 * parsed JSON, null when not JSON), or null when the request failed.
 *
 * Plain ES5 in a string: it runs before any polyfill, in every browser the H5 build targets
 * (without fetch it does nothing and the page asks for itself).
 */
export default function earlyGetsScript(apiBase: string): string {
  return `(function (w) {
  var gets = ${JSON.stringify(earlyGets)};
  var route = w.location.hash.replace(/^#\\/?/, '').split('?')[0];
  var path = Object.prototype.hasOwnProperty.call(gets, route) ? gets[route] : null;
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
})(window);`;
}
