// npm run generate            → validates operations/*.graphql against the contract, writes src/generated/
// npm run generate -- --check → writes nothing; fails when src/generated/ is not what the contract and
//                               operations give now (run by `npm run build`)
import path from 'node:path';
import { GENERATED_DIR, generateClient, OperationsInvalidError, PACKAGE_DIR, staleFiles, writeGenerated } from './codegen.js';

const check = process.argv.includes('--check');
try {
  const files = await generateClient();
  const where = path.relative(PACKAGE_DIR, GENERATED_DIR);
  if (check) {
    const stale = staleFiles(files);
    if (stale.length) {
      console.error(`${where} is out of date with the contract or the operations (${stale.join(', ')}): run \`npm run generate -w @wuye/client\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${where} is up to date with the contract (${files.size} files)`);
  } else {
    writeGenerated(files);
    console.log(`wrote ${[...files.keys()].map((f) => `${where}/${f}`).join(', ')}`);
  }
} catch (error) {
  console.error(error instanceof OperationsInvalidError ? error.message : error);
  process.exit(1);
}
