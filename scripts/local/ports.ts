import net from 'node:net';

/** Resolves when nothing listens on the port; otherwise fails with a message a person can act on. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `端口 ${port} 已被占用（${what}）。请先停止占用它的程序（例如另一个 npm start），或用环境变量换一个端口。`
            : `无法使用端口 ${port}（${what}）：${error.message}`,
        ),
      );
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** A port the system just handed out, for tests that must not collide with `npm start`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
