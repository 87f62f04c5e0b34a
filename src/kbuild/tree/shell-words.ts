// The words a POSIX shell passes to a simple command: blanks split words,
// quotes and backslashes are removed (sh(1) "Quote Removal"). Kbuild's
// commands use single quotes (-DKBUILD_MODNAME='"purgatory"'), double
// quotes and backslashes; nothing here expands parameters or globs.

export interface ShellCommand {
  /** The words of each simple command, split at `;`, `&&`, `||` and `|`. */
  commands: string[][];
}

/** The characters the loop below treats otherwise than as part of a word. */
const SPECIAL = /[ \t\n'"\\;|&]/g;

/** What ends a run inside double quotes. */
const QUOTED_SPECIAL = /["\\]/g;

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
          // A run of other characters at once.
          QUOTED_SPECIAL.lastIndex = j + 1;
          const end = QUOTED_SPECIAL.exec(text)?.index ?? text.length;
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
      SPECIAL.lastIndex = i + 1;
      const end = SPECIAL.exec(text)?.index ?? text.length;
      word += text.slice(i, end);
      inWord = true;
      i = end - 1;
    }
  }
  endCommand();
  return { commands };
}
