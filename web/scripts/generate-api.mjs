// Generates the API types of every service (src/api/generated/<service>.ts) from the OpenAPI documents kept in
// openapi/, which the system test ApiDocumentsSystemIT compares with what the running services publish.
import { mkdirSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL('../openapi/', import.meta.url);
const target = new URL('../src/api/generated/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const file of readdirSync(source).filter((name) => name.endsWith('.json'))) {
  const document = JSON.parse(readFileSync(new URL(file, source), 'utf8'));
  const ast = await openapiTS(document, { enum: false, exportType: true });
  const banner = `// Generated from openapi/${file} by scripts/generate-api.mjs: do not edit.\n`;
  writeFileSync(new URL(file.replace(/\.json$/, '.ts'), target), banner + astToString(ast));
}
