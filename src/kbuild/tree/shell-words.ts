// The words a POSIX shell passes to a simple command: blanks split words,
// quotes and backslashes are removed (sh(1) "Quote Removal"). Kbuild's
// commands use single quotes (-DKBUILD_MODNAME='"purgatory"'), double
// quotes and backslashes; nothing here expands parameters or globs.

export interface ShellCommand {
  /** The words of each simple command, split at `;`, `&&`, `||` and `|`. */
  commands: string[][];
}

/** Whether the loop below treats a character otherwise than as part of a word: blanks, quotes, backslash, `;`, `|`, `&`. */
const special = (k: number): boolean => k === 32 || k === 9 || k === 10 || k === 39 || k === 34 || k === 92 || k === 59 || k === 124 || k === 38;

// (Runs are found by character codes: a RegExp's exec() would make a match
// array per word, and a scan splits every object's command.)

export function shellWords(text: string): ShellCommand {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      endWord();
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        // Inside double quotes a backslash quotes only $ ` " \ and newline.
        if (text[j] === '\\' && j + 1 < text.length && '$`"\\\n'.includes(text[j + 1])) {
          if (text[j + 1] !== '\n') word += text[j + 1];
          j += 2;
        } else {
          // A run of other characters at once (up to `"` or `\\`).
          let end = j + 1;
          while (end < text.length && text.charCodeAt(end) !== 34 && text.charCodeAt(end) !== 92) end++;
          word += text.slice(j, end);
          j = end;
        }
      }
      i = j;
    } else if (c === '\\') {
      if (i + 1 < text.length && text[i + 1] !== '\n') {
        word += text[i + 1];
        inWord = true;
      }
      i++;
    } else if (c === ';' || c === '|' || c === '&') {
      // `&&`, `||`, `;`, `|`, `&`: one command ends.
      endCommand();
      if ((c === '|' || c === '&') && text[i + 1] === c) i++;
    } else {
      // A run of ordinary characters at once.
      let end = i + 1;
      while (end < text.length && !special(text.charCodeAt(end))) end++;
      word += text.slice(i, end);
      inWord = true;
      i = end - 1;
    }
  }
  endCommand();
  return { commands };
}
