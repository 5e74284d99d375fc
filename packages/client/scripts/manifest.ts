// npm run manifest → dist/persisted-operations.json: Apollo's persisted-query manifest of every operation
// in operations/ (as generated into src/generated/), for the gateway's WUYE_SAFELIST. Part of `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { operationDocuments } from '../src/documents.js';
import { manifestJson, persistedQueryManifest } from '../src/manifest.js';
import { PACKAGE_DIR } from './codegen.js';

export const MANIFEST_PATH = path.join(PACKAGE_DIR, 'dist/persisted-operations.json');

const manifest = persistedQueryManifest(operationDocuments);
fs.mkdirSync(path.dirname(MANIFEST_PATH), { recursive: true });
fs.writeFileSync(MANIFEST_PATH, manifestJson(manifest));
console.log(`wrote ${path.relative(PACKAGE_DIR, MANIFEST_PATH)}: ${manifest.operations.map((o) => o.name).join(', ')}`);
