// kflags without the bundle (dist/cli/kflags.cjs, see scripts/bundle.mjs): the modules as tsc wrote them.
import { main } from './process.js';

await main();
