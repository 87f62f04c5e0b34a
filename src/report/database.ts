// `kflags eval -p`: the variable database as `make -p` prints it
// (variable.c print_variable): the origin, where the variable was last set,
// and its value unexpanded, in the order given (the CLI gives make's: its
// hash table's slots). `--history` adds every earlier assignment, which make
// does not keep.
import type { Variable } from '../eval/variables.js';

const ORIGIN_WORDS: Record<string, string> = {
  automatic: 'automatic',
  default: 'default',
  environment: 'environment',
  file: 'makefile',
  'environment override': 'environment under -e',
  'command line': 'command line',
  override: "'override' directive",
};

/** One variable as print_variable() prints it (global set: no prefix). */
export function databaseEntry(v: Variable): string {
  const origin = ORIGIN_WORDS[v.origin] ?? v.origin;
  const where = v.location !== undefined && v.location.file !== '' ? ` (from '${v.location.file}', line ${v.location.line})` : '';
  let out = `# ${origin}${v.private ? ' private' : ''}${where}\n`;
  const recursive = v.flavor === 'recursive';
  if (recursive && v.value.includes('\n')) return out + `define ${v.name}\n${v.value}\nendef\n`;
  out += `${v.name} ${recursive ? (v.append ? '+' : '') : ':'}= `;
  // A value of blanks only is written so that make would read it back.
  if (v.value !== '' && /^[ \t\n\v\f\r]+$/.test(v.value)) out += `$(subst ,,${v.value})`;
  else out += recursive ? v.value : v.value.replace(/\$/g, '$$$$');
  return out + '\n';
}

export function renderDatabase(variables: Iterable<Variable>, opts: { history?: boolean } = {}): string {
  const out = ['# Variables', ''];
  for (const v of variables) {
    out.push(databaseEntry(v).replace(/\n$/, ''));
    if (opts.history) {
      const earlier = (v.history ?? []).slice(0, -1);
      for (const h of earlier) {
        const at = h.location !== undefined ? `${h.location.file}:${h.location.line}` : '(no location)';
        out.push(`#   earlier: ${at}: ${v.name} ${h.op} ${h.text}`);
      }
    }
  }
  out.push('');
  return out.join('\n');
}
