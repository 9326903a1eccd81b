/**
 * `?a=1&b=x%20y` from a query object, leaving out undefined and empty values; '' when nothing is
 * left. Encoded by hand: the WeChat runtime has no URLSearchParams.
 */
export function queryString(query: Record<string, string | number | undefined> | undefined): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
