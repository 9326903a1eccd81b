import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A JSON file of this folder, parsed; the caller checks its shape. */
export const readSeed = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, file), 'utf8'));
