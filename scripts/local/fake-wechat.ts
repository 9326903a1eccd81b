// A stand-in for api.weixin.qq.com on loopback, for the API tests and the local stack (npm start).
// code2Session answers chosen by the code:
//   ok-<openid>  -> { openid }       used -> errcode 40029      busy -> errcode 45011
//   risky -> 40226                   syserr -> -1               garbage -> not JSON
// Subscribe messages, chosen by the openid: `refuse-…` -> 43101 (not subscribed),
// `flaky-…` -> system busy for the first two attempts. GET /__sent lists what was delivered.
import { createServer } from 'node:http';

export async function startFakeWechat(appSecret: string) {
  const seen: Array<{ appid: string | null; js_code: string | null }> = [];
  const sent: Array<{
    touser: string;
    template_id: string;
    page: string;
    data: Record<string, { value: string }>;
  }> = [];
  const attempts = new Map<string, number>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    };
    if (url.pathname === '/__sent') return send(200, JSON.stringify(sent));
    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('secret') !== appSecret) return send(200, '{"errcode":40125}');
      return send(200, JSON.stringify({ access_token: 'fake-token', expires_in: 7200 }));
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      if (url.searchParams.get('access_token') !== 'fake-token') return send(200, '{"errcode":40001}');
      let body = '';
      for await (const chunk of request) body += chunk;
      const message = JSON.parse(body);
      const tries = (attempts.get(message.touser) ?? 0) + 1;
      attempts.set(message.touser, tries);
      if (String(message.touser).startsWith('refuse-'))
        return send(200, '{"errcode":43101,"errmsg":"user refuse to accept the msg"}');
      if (String(message.touser).startsWith('flaky-') && tries <= 2)
        return send(200, '{"errcode":-1,"errmsg":"system error"}');
      sent.push(message);
      return send(200, '{"errcode":0,"errmsg":"ok"}');
    }
    if (url.pathname !== '/sns/jscode2session') return send(404, '{}');
    const code = url.searchParams.get('js_code');
    seen.push({ appid: url.searchParams.get('appid'), js_code: code });
    if (url.searchParams.get('secret') !== appSecret)
      return send(200, '{"errcode":40125,"errmsg":"invalid appsecret"}');
    if (code?.startsWith('ok-'))
      return send(200, JSON.stringify({ openid: code.slice(3), session_key: 'k' }));
    const errors: Record<string, number> = { used: 40029, busy: 45011, risky: 40226, syserr: -1 };
    if (code === 'garbage') return send(200, '<html>oops</html>');
    return send(200, JSON.stringify({ errcode: errors[code ?? ''] ?? 40029, errmsg: 'error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
