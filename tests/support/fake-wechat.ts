// A stand-in for api.weixin.qq.com on loopback: code2Session answers chosen by the code.
//   ok-<openid>  -> { openid }       used -> errcode 40029      busy -> errcode 45011
//   risky -> 40226                   syserr -> -1               garbage -> not JSON
import { createServer } from 'node:http';

export async function startFakeWechat(appSecret: string) {
  const seen: Array<{ appid: string | null; js_code: string | null }> = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    };
    if (url.pathname !== '/sns/jscode2session') return send(404, '{}');
    const code = url.searchParams.get('js_code');
    seen.push({ appid: url.searchParams.get('appid'), js_code: code });
    if (url.searchParams.get('secret') !== appSecret) return send(200, '{"errcode":40125,"errmsg":"invalid appsecret"}');
    if (code?.startsWith('ok-')) return send(200, JSON.stringify({ openid: code.slice(3), session_key: 'k' }));
    const errors: Record<string, number> = { used: 40029, busy: 45011, risky: 40226, syserr: -1 };
    if (code === 'garbage') return send(200, '<html>oops</html>');
    return send(200, JSON.stringify({ errcode: errors[code ?? ''] ?? 40029, errmsg: 'error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
