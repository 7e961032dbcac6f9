// Writes a gzip copy beside every built script and style sheet: the gateway sends it to browsers that accept gzip
// (Spring's EncodedResourceResolver), so nothing is compressed per request.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const assets = new URL('../target/classes/static/assets/', import.meta.url);
for (const name of readdirSync(assets).filter((file) => /\.(js|css|svg)$/.test(file))) {
  const content = readFileSync(new URL(name, assets));
  writeFileSync(new URL(`${name}.gz`, assets), gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
}
