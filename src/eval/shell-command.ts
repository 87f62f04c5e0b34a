// job.c construct_command_argv_internal() (make 4.3, unix), as $(shell)
// uses it: the argument list make runs for a command line. A line without
// shell syntax, run with the default shell and flags, is split into words
// and run directly (no shell: a missing program is make's own "No such
// file or directory", not the shell's "not found"); anything else runs as
// $(SHELL) $(.SHELLFLAGS) LINE.

const DEFAULT_SHELL = '/bin/sh';
const SH_CHARS = '#;"*?[]&|<>(){}$`^~!';
const SH_CMDS = new Set([
  '.', ':', 'alias', 'bg', 'break', 'case', 'cd', 'command', 'continue', 'eval', 'exec', 'exit', 'export', 'fc', 'fg',
  'for', 'getopts', 'hash', 'if', 'jobs', 'login', 'logout', 'read', 'readonly', 'return', 'set', 'shift', 'test',
  'times', 'trap', 'type', 'ulimit', 'umask', 'unalias', 'unset', 'wait', 'while',
]);
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

/**
 * The argv make runs for `line` with SHELL, .SHELLFLAGS and IFS as given
 * (their values where the command is expanded), or undefined for a blank
 * line (make runs nothing then).
 */
export function commandArgv(line: string, shell: string, shellflags: string, ifs: string): string[] | undefined {
  return argvOf(line, shell, shellflags, ifs);
}

function argvOf(line: string, shell: string | undefined, shellflags: string | undefined, ifs: string | undefined): string[] | undefined {
  let start = 0;
  while (isBlank(line[start])) start++;
  if (start === line.length) return undefined;
  line = line.slice(start);
  const flags = shellflags ?? '-c';
  const fast =
    (shell === undefined || shell === DEFAULT_SHELL) &&
    (ifs === undefined || [...ifs].every((c) => c === ' ' || c === '\t' || c === '\n')) &&
    (flags === '-c' || flags === '-ec');
  const words = fast ? splitWords(line) : undefined;
  if (words !== undefined) return words.length === 0 ? undefined : words;
  // The slow way: "$(SHELL) $(.SHELLFLAGS) LINE" with LINE's special characters
  // (and SHELL's shell characters) escaped, split again by the fast way.
  let text = '';
  for (const c of shell ?? DEFAULT_SHELL) text += (SH_CHARS.includes(c) ? '\\' : '') + c;
  text += ' ' + (shellflags ?? '') + ' ';
  for (let p = 0; p < line.length; p++) {
    const c = line[p];
    if (c === '\\' && line[p + 1] === '\n') {
      // POSIX keeps a backslash-newline: doubled here, it survives the split.
      text += '\\\\\n';
      p++;
      continue;
    }
    if (c === '\\' || c === "'" || c === '"' || isSpace(c) || SH_CHARS.includes(c)) text += '\\';
    text += c;
  }
  return argvOf(text, undefined, undefined, undefined);
}

/** The words of a line the shell is not needed for, or undefined when it is. */
function splitWords(line: string): string[] | undefined {
  const args: string[] = [];
  let cur = '';
  let instring = '';
  let wordHasEquals = false;
  let seenNonequals = false;
  let lastArgumentWasEmpty = false;
  for (let p = 0; p < line.length; p++) {
    const c = line[p];
    if (instring !== '') {
      if (c === instring) {
        instring = '';
        if (cur === '') lastArgumentWasEmpty = true;
      } else if (c === '\\' && line[p + 1] === '\n') {
        // Inside double quotes a backslash-newline disappears; inside single ones it stays.
        if (instring !== '"') cur += '\\\n';
        p++;
      } else if (instring === '"' && (c === '\\' || c === '$' || c === '`')) return undefined;
      else cur += c;
    } else if (SH_CHARS.includes(c)) return undefined;
    else {
      switch (c) {
        case '=':
          // An assignment word before the command needs the shell.
          if (!seenNonequals) return undefined;
          wordHasEquals = true;
          cur += c;
          break;
        case '\\':
          if (line[p + 1] === '\n') {
            p++;
            if (cur === '') while (isBlank(line[p + 1])) p++;
          } else if (p + 1 < line.length) cur += line[++p];
          break;
        case "'":
        case '"':
          instring = c;
          break;
        case ' ':
        case '\t':
          args.push(cur);
          cur = '';
          lastArgumentWasEmpty = false;
          seenNonequals ||= !wordHasEquals;
          if (wordHasEquals && !seenNonequals) return undefined;
          wordHasEquals = false;
          // A shell builtin as the command name needs the shell.
          if (args.length === 1 && SH_CMDS.has(args[0])) return undefined;
          while (isBlank(line[p + 1])) p++;
          break;
        default:
          cur += c;
      }
    }
  }
  // An unterminated quote is left to the shell.
  if (instring !== '') return undefined;
  if (cur !== '' || lastArgumentWasEmpty) args.push(cur);
  if (args.length === 1 && SH_CMDS.has(args[0])) return undefined;
  return args;
}
