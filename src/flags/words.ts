// Flags are make words: split on make's whitespace only (space, tab,
// newline, \v, \f, \r), never on JavaScript's \s. One implementation, the
// engine's.
export { splitWords, isSpace as isMakeSpace } from '../eval/words.js';
