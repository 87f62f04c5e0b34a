// tsc does not copy the generated parser's .d.ts; dist needs both.
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync('dist/syntax/generated', { recursive: true });
copyFileSync('src/syntax/generated/parser.js', 'dist/syntax/generated/parser.js');
copyFileSync('src/syntax/generated/parser.d.ts', 'dist/syntax/generated/parser.d.ts');
