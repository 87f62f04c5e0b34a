// Parsed forms are kept per file content within a process (src/syntax/parse.ts): a file
// read again is split and classified once, and every read sees the same trees.
import { describe, expect, it } from 'vitest';
import { classifyLines, clearParseCaches, parseMakefile } from '../src/syntax/parse.js';
import { collapseContinuations, removeComment } from '../src/syntax/lines.js';
import '../src/eval/interpreter.js';

const TEXT = 'A := 1\n# c\nB = $(A) \\\n  x\nifdef A\nall: ; @echo $(B)\nendif\n';

describe('parse cache', () => {
  it('gives the same lines for the same text, each read with its own file name', () => {
    clearParseCaches();
    const a = parseMakefile(TEXT, 'a.mk');
    const b = parseMakefile(TEXT, 'b.mk');
    expect(b.file).toBe('b.mk');
    expect(b.lines).toBe(a.lines);
    expect(b.finalNewline).toBe(a.finalNewline);
    clearParseCaches();
    expect(parseMakefile(TEXT, 'c.mk').lines).toEqual(a.lines);
  });

  it('classifies a batch seen before to the same trees, and a fresh array each time', () => {
    clearParseCaches();
    const texts = parseMakefile(TEXT, 'a.mk').lines.map((l) => removeComment(collapseContinuations(l.text)));
    const first = classifyLines(texts);
    const second = classifyLines([...texts]);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    second[0] = undefined; // a caller's array is its own
    expect(classifyLines(texts)[0]).toEqual(first[0]);
    clearParseCaches();
    expect(classifyLines(texts)).toEqual(first);
  });

  it('does not key batches holding a newline', () => {
    clearParseCaches();
    const one = classifyLines(['a = 1\nb = 2']);
    const two = classifyLines(['a = 1', 'b = 2']);
    expect(one).toEqual([undefined]);
    expect(two.map((l) => l?.type)).toEqual(['Assignment', 'Assignment']);
  });
});
