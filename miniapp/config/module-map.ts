import { writeFileSync } from 'node:fs';
import type { Compiler, Module } from 'webpack';

// For `npm run weapp:report` only (scripts/weapp-bundle-report.ts): which module id sits in which
// emitted file, so the report can weigh each module's minified text in that file. It only
// observes the build; the output in dist is the same with or without it.

/** One module in an emitted file; a concatenated module lists the modules merged into it. */
export interface MappedModule {
  id: string;
  name: string;
  /** Unminified bytes; for a concatenated module, of each merged module. */
  parts: Array<{ name: string; size: number }>;
}

export type ModuleMap = Record<string, MappedModule[]>;

export class ModuleMapPlugin {
  constructor(private readonly outFile: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('ModuleMapPlugin', (compilation) => {
      const { chunkGraph, requestShortener } = compilation;
      const name = (module: Module) => module.readableIdentifier(requestShortener);
      const map: ModuleMap = {};
      for (const chunk of compilation.chunks) {
        const modules: MappedModule[] = [];
        for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
          const id = chunkGraph.getModuleId(module);
          if (id === null || id === undefined) continue;
          const inner = (module as Module & { modules?: Module[] }).modules;
          modules.push({
            id: String(id),
            name: name(module),
            parts: (inner ?? [module]).map((part) => ({ name: name(part), size: part.size() })),
          });
        }
        for (const file of chunk.files) if (file.endsWith('.js')) map[file] = modules;
      }
      writeFileSync(this.outFile, JSON.stringify(map));
    });
  }
}
