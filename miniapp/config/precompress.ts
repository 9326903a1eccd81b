import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Compiler } from 'webpack';

// Writes `<file>.br` and `<file>.gz` beside every text file of the H5 build, compressed once at
// full strength, for a static server to send as they are (scripts/local/h5-server.ts does;
// nginx's gzip_static/brotli_static do the same).
const text = /\.(js|css|html|svg|json)$/;
const smallest = 1024;

export class PrecompressPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const [name, source] of Object.entries(assets)) {
            if (!text.test(name)) continue;
            const body = source.buffer();
            if (body.length < smallest) continue;
            const brotli = brotliCompressSync(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            });
            compilation.emitAsset(`${name}.br`, new sources.RawSource(brotli));
            compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipSync(body, { level: 9 })));
          }
        },
      );
    });
  }
}
