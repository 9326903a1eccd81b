// `npm run openapi`: writes functions/src/meta/openapi.json, the document GET /openapi.json serves,
// from every capability's routes. Run it after changing a route; tests/api/openapi.test.ts fails
// until the file matches the apps.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiFileText } from '../functions/src/meta/document';

const file = path.resolve(import.meta.dirname, '../functions/src/meta/openapi.json');
writeFileSync(file, openApiFileText());
console.log(`已写入 ${path.relative(process.cwd(), file)}`);
