// Provenance in the engine (src/eval/provenance.ts): with history on, every
// word of an expansion can say which references, functions and assignments
// it came through, down to the line that wrote it. Hand-checked chains on
// small makefiles of our own (test/provenance/*.mk); the kernel trees'
// chains are checked in test/tree-cli.test.ts.
import { describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, type ExpansionContext } from '../src/eval/evaluate.js';
import type { ProvenanceStep } from '../src/eval/provenance.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'provenance');

const step = (s: ProvenanceStep): string => {
  switch (s.kind) {
    case 'assignment':
      return `${s.variable} ${s.op} ${s.location !== undefined ? `${s.location.file}:${s.location.line}` : s.origin}${s.inEval ? ' (eval)' : ''}`;
    case 'reference':
      return `$(${s.variable})`;
    case 'function':
      return `$(${s.function})${s.made ? ' made' : ''}`;
  }
};

function chains(file: string, text: string, context: ExpansionContext = {}, extra: { commandLine?: string[]; environment?: Record<string, string> } = {}) {
  const ev = evaluate({ makefiles: [file], cwd: DIR, history: true, ...extra });
  const r = ev.provenance(text, context);
  return Object.fromEntries(r.words.map((w) => [`${w.word}@${w.start}`, `${w.composed ? '[composed] ' : ''}${w.steps.map(step).join(' <- ')}`]));
}

describe('provenance of each word', () => {
  it('through :=, +=, filter-out, call, foreach, eval and the command line', () => {
    expect(chains('flags.mk', '$(CFLAGS) $(CMD)', {}, { commandLine: ['CMD=-cmdline'] })).toEqual({
      '-O2@0': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS := flags.mk:3 <- $(BASE) <- BASE := flags.mk:1',
      '-Wall@4': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS := flags.mk:3 <- $(BASE) <- BASE := flags.mk:1',
      '-fsplit-lto-unit@10': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:4 <- $(LTO) <- LTO := flags.mk:2',
      '-g@27': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:4',
      // -D$(1)=1: written in the macro's body, with a call's argument inside it.
      '-DFOO=1@30': '[composed] $(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:8 <- $(call) <- $(mkflag) <- mkflag = flags.mk:5',
      '-fkeep@38': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:8 <- $(call) <- $(mkflag) <- mkflag = flags.mk:5',
      '-fa@45': '[composed] $(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:9 <- $(foreach)',
      '-max@49': '[composed] $(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:9 <- $(foreach)',
      '-fb@54': '[composed] $(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:9 <- $(foreach)',
      '-mbx@58': '[composed] $(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:9 <- $(foreach)',
      // $(eval)'s lines are read at the eval's line; their words were written in the text it read.
      '-fromeval@63': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:11 <- $(EV) <- EV := flags.mk:10 (eval)',
      '-fsplit-lto-unit@73': '$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS += flags.mk:11 <- $(EV) <- EV := flags.mk:10 (eval) <- $(LTO) <- LTO := flags.mk:2',
      '-cmdline@90': '$(CMD) <- CMD = command line',
    });
  });

  it('a recursive value word by word: each += its own line, expanded when referenced', () => {
    expect(chains('flags.mk', '$(REC) $(INC)')).toEqual({
      '-rec1@0': '$(REC) <- REC = flags.mk:13',
      '-O2@6': '$(REC) <- REC = flags.mk:13 <- $(BASE) <- BASE := flags.mk:1',
      '-Wall@10': '$(REC) <- REC = flags.mk:13 <- $(BASE) <- BASE := flags.mk:1',
      '-rec2@16': '$(REC) <- REC += flags.mk:14',
      '-then@22': '$(REC) <- REC += flags.mk:14 <- $(if)',
      // -I$(srcdir)/include: written at INC's line, srcdir's value inside.
      '-I/src/include@28': '[composed] $(INC) <- INC = flags.mk:17',
    });
  });

  it("target- and pattern-specific appends in a target's context", () => {
    const c = chains('flags.mk', '$(CFLAGS)', { target: 't.o' });
    expect(c['-O2@0']).toBe('$(CFLAGS) <- CFLAGS := flags.mk:12 <- $(filter-out) <- $(CFLAGS) <- CFLAGS := flags.mk:3 <- $(BASE) <- BASE := flags.mk:1');
    expect(c['-pattern@90']).toBe('$(CFLAGS) <- CFLAGS += flags.mk:16');
    expect(c['-target-specific@99']).toBe('$(CFLAGS) <- CFLAGS += flags.mk:15');
  });

  it('a foreach word from its list, filter-out keeping copies in order, made words, the environment', () => {
    expect(chains('words.mk', '$(F2) $(KEEP) $(SUBST) $(P) $(E)', {}, { environment: { ENVV: '-fromenv' } })).toEqual({
      '-fa@0': '$(F2) <- F2 := words.mk:2 <- $(foreach) <- $(f) <- f automatic automatic <- $(LIST) <- LIST := words.mk:1',
      '-fb@4': '$(F2) <- F2 := words.mk:2 <- $(foreach) <- $(f) <- f automatic automatic <- $(LIST) <- LIST := words.mk:1',
      '-x@8': '$(KEEP) <- KEEP := words.mk:4 <- $(filter-out) <- $(DUP) <- DUP := words.mk:3',
      '-x@11': '$(KEEP) <- KEEP := words.mk:4 <- $(filter-out) <- $(DUP) <- DUP := words.mk:3',
      '-ma@14': '$(SUBST) <- SUBST := words.mk:5 <- $(LIST:-f%=-m%) made',
      '-mb@18': '$(SUBST) <- SUBST := words.mk:5 <- $(LIST:-f%=-m%) made',
      '-ga@22': '$(P) <- P := words.mk:6 <- $(patsubst) made',
      '-gb@26': '$(P) <- P := words.mk:6 <- $(patsubst) made',
      '-plain@30': '$(P) <- P := words.mk:6',
      '-fromenv@37': '$(E) <- E = words.mk:7 <- $(ENVV) <- ENVV environment environment',
    });
  });

  it('needs history, and does not change what an expansion gives (the differential suite runs with history too)', () => {
    const plain = evaluate({ makefiles: ['flags.mk'], cwd: DIR });
    expect(() => plain.provenance('$(CFLAGS)')).toThrow(/history/);
    const traced = evaluate({ makefiles: ['flags.mk'], cwd: DIR, history: true });
    expect(traced.provenance('$(CFLAGS) $(REC)').text).toBe(plain.expand('$(CFLAGS) $(REC)'));
  });
});
