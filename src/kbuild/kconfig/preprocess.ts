// Kconfig's macro language (Documentation/kbuild/kconfig-macro-language.rst):
// $(VAR), $(fn,args), user functions with $(1)..., the built-ins shell, info,
// warning-if, error-if, filename, lineno, and environment variables.
import { MakeError } from '../../eval/errors.js';

export type ShellRunner = (command: string) => { output: string; status: number } | undefined;

interface Variable {
  value: string;
  flavor: 'recursive' | 'simple';
  expanding: number;
}

export interface PreprocessHost {
  /** The file and line being read (for $(filename), $(lineno) and errors). */
  where(): { file: string; line: number };
}

export class Preprocessor {
  private readonly variables = new Map<string, Variable>();
  /** Environment variables read, in the order first read (auto.conf.cmd lists them). */
  readonly envUsed = new Map<string, string>();
  readonly unknownShell: string[] = [];
  readonly messages: string[] = [];

  constructor(
    private readonly env: Record<string, string>,
    private readonly shell: ShellRunner,
    private readonly host: PreprocessHost,
  ) {}

  private error(message: string): never {
    const { file, line } = this.host.where();
    throw new MakeError(message, { file, line });
  }

  addVariable(name: string, value: string, op: '=' | ':=' | '+='): void {
    let v = this.variables.get(name);
    let flavor: 'recursive' | 'simple';
    let append = false;
    if (v) {
      if (op === '+=') {
        flavor = v.flavor;
        append = true;
      } else flavor = op === ':=' ? 'simple' : 'recursive';
    } else {
      flavor = op === ':=' ? 'simple' : 'recursive';
      v = { value: '', flavor, expanding: 0 };
      this.variables.set(name, v);
    }
    v.flavor = flavor;
    const newValue = flavor === 'simple' ? this.expandString(value) : value;
    v.value = append ? `${v.value} ${newValue}` : newValue;
  }

  private envExpand(name: string): string | undefined {
    if (name === '') return undefined;
    const seen = this.envUsed.get(name);
    if (seen !== undefined) return seen;
    const value = this.env[name];
    if (value === undefined) return undefined;
    this.envUsed.set(name, value);
    return value;
  }

  private func(name: string, args: string[]): string | undefined {
    const table: Record<string, [number, number, (a: string[]) => string]> = {
      'error-if': [2, 2, (a) => {
        if (a[0] !== 'y') return '';
        // after an unanswered $(shell) the condition may come from a guess: reported, not fatal
        if (this.unknownShell.length === 0) this.error(a[1]);
        const w = this.host.where();
        this.messages.push(`${w.file}:${w.line}: ${a[1]} (uncertain: a $(shell) had no answer)`);
        return '';
      }],
      filename: [0, 0, () => this.host.where().file],
      info: [1, 1, (a) => { this.messages.push(a[0]); return ''; }],
      lineno: [0, 0, () => String(this.host.where().line)],
      shell: [1, 1, (a) => this.runShell(a[0])],
      'warning-if': [2, 2, (a) => {
        if (a[0] === 'y') { const w = this.host.where(); this.messages.push(`${w.file}:${w.line}: ${a[1]}`); }
        return '';
      }],
    };
    const f = table[name];
    if (!f) return undefined;
    if (args.length < f[0]) this.error(`too few function arguments passed to '${name}'`);
    if (args.length > f[1]) this.error(`too many function arguments passed to '${name}'`);
    return f[2](args);
  }

  private runShell(command: string): string {
    const r = this.shell(command);
    if (r === undefined) {
      if (!this.unknownShell.includes(command)) this.unknownShell.push(command);
      // No answer: a probe written `... && echo "Y" || echo "N"` (scripts/Kconfig.include's
      // if-success) is taken as failed, so the Kconfig still parses; anything else is empty.
      const failed = /\|\|\s*echo\s+"([^"]*)"\s*$/.exec(command);
      return failed ? failed[1] : '';
    }
    // conf reads at most 4095 bytes, drops trailing newlines, turns the others into spaces.
    let out = Buffer.from(r.output, 'utf8');
    if (out.length >= 4096) out = out.subarray(0, 4095);
    let s = out.toString('utf8');
    s = s.replace(/\n+$/, '');
    return s.replace(/\n/g, ' ');
  }

  private variableExpand(name: string, args: string[]): string | undefined {
    const v = this.variables.get(name);
    if (!v) return undefined;
    if (args.length === 0 && v.expanding) this.error(`Recursive variable '${name}' references itself (eventually)`);
    if (v.expanding > 1000) this.error('Too deep recursive expansion');
    v.expanding++;
    try {
      return v.flavor === 'recursive' ? this.expandStringWithArgs(v.value, args) : v.value;
    } finally {
      v.expanding--;
    }
  }

  private evalClause(text: string, args: string[]): string {
    if (/^[0-9]+$/.test(text)) {
      const n = Number.parseInt(text, 10);
      if (n > 0 && n <= args.length) return args[n - 1];
    }
    const parts: string[] = [];
    let nest = 0;
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (nest === 0 && c === ',') {
        parts.push(text.slice(prev, i));
        prev = i + 1;
      } else if (c === '(') nest++;
      else if (c === ')') nest--;
    }
    parts.push(text.slice(prev));
    if (parts.length > 16) this.error('too many function arguments');
    const name = this.expandStringWithArgs(parts[0], args);
    const newArgs = parts.slice(1).map((p) => this.expandStringWithArgs(p, args));
    const v = this.variableExpand(name, newArgs);
    if (v !== undefined) return v;
    const f = this.func(name, newArgs);
    if (f !== undefined) return f;
    if (newArgs.length === 0) {
      const e = this.envExpand(name);
      if (e !== undefined) return e;
    }
    return '';
  }

  /** `s[at]` follows a `$`: the expansion and the index after the reference. */
  private expandDollar(s: string, at: number, args: string[]): [string, number] {
    if (s[at] !== '(') return ['$', at];
    let q = at + 1;
    let nest = 0;
    for (; q < s.length; q++) {
      if (s[q] === '(') nest++;
      else if (s[q] === ')') {
        if (nest-- === 0) break;
      }
    }
    if (q >= s.length) this.error(`unterminated reference to '${s.slice(at + 1)}': missing ')'`);
    return [this.evalClause(s.slice(at + 1, q), args), q + 1];
  }

  private expandUntil(s: string, start: number, isEnd: (c: string | undefined) => boolean, args: string[]): [string, number] {
    let out = '';
    let p = start;
    let from = start;
    for (;;) {
      if (s[p] === '$') {
        out += s.slice(from, p);
        const [e, next] = this.expandDollar(s, p + 1, args);
        out += e;
        p = from = next;
        continue;
      }
      if (isEnd(s[p])) break;
      p++;
    }
    return [out + s.slice(from, p), p];
  }

  expandStringWithArgs(s: string, args: string[]): string {
    return this.expandUntil(s, 0, (c) => c === undefined, args)[0];
  }

  expandString(s: string): string {
    return this.expandStringWithArgs(s, []);
  }

  /** The lexer's token with a `$`: expand from `start` to the end of the token; the text and the index after it. */
  expandOneToken(s: string, start: number): [string, number] {
    return this.expandUntil(s, start, (c) => c === undefined || !/[A-Za-z0-9_-]/.test(c), []);
  }

  /** In a quoted string, `s[at]` is the `$`. */
  expandInString(s: string, at: number): [string, number] {
    return this.expandDollar(s, at + 1, []);
  }
}
