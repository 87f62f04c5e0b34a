// Text functions (manual 8.2): subst patsubst strip findstring filter
// filter-out sort word wordlist words firstword lastword. Every expectation
// is also checked against GNU make 4.3 (see test/helpers/cases.ts).
import { describe } from 'vitest';
import { cases, fatal, x } from '../helpers/cases.js';

const SP = 'sp := $(empty) $(empty)';

describe('subst', () => {
  cases([
    x('$(subst a,b,aaa)', 'bbb'),
    x('$(subst ee,EE,feet on the street)', 'fEEt on the strEEt'),
    x('$(subst a,,banana)', 'bnn'),
    x('$(subst ,x,abc)', 'abcx'),
    x('$(subst ,,abc)', 'abc'),
    x('$(subst a,b,)', ''),
    x('$(subst aa,b,aaa)', 'ba'),
    // Leading blanks of the first argument go (the parser skips them); the others stay.
    x('$(subst  a , b ,x a y)', 'x  b y'),
    x('$(subst a,b, a  a )', ' b  b '),
    // The last argument takes the rest, commas included.
    x('$(subst a,b,a,a)', 'b,b'),
    // Nested parentheses protect commas.
    x('$(subst (a,b),x,(a,b)c)', 'xc'),
    x('$(subst $(sp),_,a b  c)', 'a_b__c', { pre: SP }),
    x('$(subst $(comma),;,a,b)', 'a;b', { pre: 'comma := ,' }),
    fatal('$(subst a,b)\n', "insufficient number of arguments (2) to function 'subst'"),
    fatal('$(subst a)\n', "insufficient number of arguments (1) to function 'subst'"),
    fatal('$(subst )\n', "insufficient number of arguments (1) to function 'subst'"),
  ]);
});

describe('patsubst', () => {
  cases([
    x('$(patsubst %.c,%.o,a.c b.c c.h)', 'a.o b.o c.h'),
    x('$(patsubst %.c,%.o,  a.c   b.c  )', 'a.o b.o'),
    x('$(patsubst %.c,%.o,a.c\tb.c)', 'a.o b.o'),
    // No % in the pattern: whole words only.
    x('$(patsubst a,b,a ab ba a)', 'b ab ba b'),
    // % alone matches every word.
    x('$(patsubst %,x%y,a b)', 'xay xby'),
    x('$(patsubst %,x,a b)', 'x x'),
    // Empty stem.
    x('$(patsubst a%b,[%],ab axb)', '[] [x]'),
    x('$(patsubst %.c,%,.c)', ''),
    // Only the first % is the wildcard, in the pattern and in the replacement.
    x('$(patsubst %.%,[%],a.b.c a.%)', 'a.b.c [a]'),
    x('$(patsubst %,%%,ab)', 'ab%'),
    x('$(patsubst a%,%x%,ab)', 'bx%'),
    // Replacement without %: the whole replacement.
    x('$(patsubst %.c,obj,a.c b.h)', 'obj b.h'),
    // \% quotes a %.
    x('$(patsubst \\%a,b,%a xa)', 'b xa'),
    x('$(patsubst \\%%,[%],%x x)', '[x] x'),
    x('$(patsubst %,\\%%,a)', '%a'),
    // \\% : a backslash, then the wildcard.
    x('$(patsubst a\\\\%,X%,a\\b ab)', 'Xb ab'),
    // Backslashes after the first % are literal.
    x('$(patsubst %\\%,X,a\\% a%)', 'X a%'),
    // Backslashes not before a % are literal.
    x('$(patsubst a\\b%,X%,a\\bc)', 'Xc'),
    // Words that become empty (function.c patsubst_expand_pct): a space
    // follows a word unless it matched and the replacement has no % and is empty.
    x('$(patsubst a%,,a b a)', 'b'),
    x('$(patsubst %,,a b)', ''),
    x('$(patsubst %,,a b c)', ''),
    x('$(patsubst %.c,,a.c b a.c c)', 'b c'),
    x('$(patsubst a%,%,a b)', ' b'),
    x('$(patsubst a%,%,b a)', 'b '),
    x('$(patsubst %.c,%.o,)', ''),
    // Without %, make substitutes whole words in place (subst_expand by word):
    // the text's own whitespace is kept, and an empty replacement leaves the blanks.
    x('$(patsubst a,,a b a)', ' b '),
    x('$(patsubst b,,a b c)', 'a  c'),
    x('$(patsubst a,b,  a   x\ta  )', '  b   x\tb  '),
    x('$(patsubst a,b,  aa a)', '  aa b'),
    // ... and an empty pattern matches at the end of the text if it ends with a blank.
    x('$(patsubst ,x,a b)', 'a b'),
    x('$(patsubst ,x,  a  b )', '  a  b x'),
    // With %, words are re-joined with single spaces.
    x('$(patsubst %.c,%.o,  a.c   x  )', 'a.o x'),
    x('$(patsubst  %.c , %.o ,a.c)', 'a.c'),
    fatal('$(patsubst a,b)\n', "insufficient number of arguments (2) to function 'patsubst'"),
  ]);
});

describe('strip', () => {
  cases([
    x('$(strip  a   b  )', 'a b'),
    x('$(strip a\tb)', 'a b'),
    x('$(strip )', ''),
    x('$(strip $(sp)$(sp))', '', { pre: SP }),
    x('$(strip a,b  c)', 'a,b c'),
    { name: 'strip newlines', mk: 'define nl\n\n\nendef\n$(info [$(strip a$(nl)b$(nl))])\n', out: '[a b]\n' },
    // $(strip) is a variable reference: a function name must be followed by whitespace.
    x('$(strip)', ''),
    x('$(strip)', 'S', { pre: 'strip = S' }),
  ]);
});

describe('findstring', () => {
  cases([
    x('$(findstring a,a b c)', 'a'),
    x('$(findstring a,b c)', ''),
    x('$(findstring an,banana)', 'an'),
    x('$(findstring a b,xa by)', 'a b'),
    x('$(findstring ,abc)', ''),
    x('$(findstring  a ,x a y)', 'a '),
    x('$(findstring  a ,x ay)', ''),
    x('$(findstring a,b,a)', 'a'),
    fatal('$(findstring a)\n', "insufficient number of arguments (1) to function 'findstring'"),
  ]);
});

describe('filter and filter-out', () => {
  cases([
    x('$(filter %.c %.h,a.c b.h c.o d.c)', 'a.c b.h d.c'),
    x('$(filter-out %.c %.h,a.c b.h c.o d.c)', 'c.o'),
    x('$(filter a,a b a c)', 'a a'),
    x('$(filter b a,a b a c)', 'a b a'),
    x('$(filter-out a,a b a c)', 'b c'),
    x('$(filter %,a b)', 'a b'),
    x('$(filter-out %,a b)', ''),
    x('$(filter ,a b)', ''),
    x('$(filter-out ,a b)', 'a b'),
    x('$(filter a,)', ''),
    x('$(filter   a  ,  a  b  )', 'a'),
    x('$(filter-out  b , a  b  c )', 'a c'),
    x('$(filter \\%a,%a xa)', '%a'),
    x('$(filter a%b,ab axb ba)', 'ab axb'),
    x('$(filter %.%,a.% a.b)', 'a.%'),
    x('$(filter-out a%,a ab b)', 'b'),
    x('$(filter a b,a,b a b)', 'a b'),
    // Many patterns (make hashes the words when there are many).
    x('$(filter a b c d e f g h i j,j i x a y)', 'j i a'),
    fatal('$(filter a)\n', "insufficient number of arguments (1) to function 'filter'"),
    fatal('$(filter-out a)\n', "insufficient number of arguments (1) to function 'filter-out'"),
  ]);
});

describe('sort', () => {
  cases([
    x('$(sort b a c a)', 'a b c'),
    x('$(sort B a A b)', 'A B a b'),
    x('$(sort  b  a  )', 'a b'),
    x('$(sort 10 9 1)', '1 10 9'),
    x('$(sort )', ''),
    x('$(sort a,b a)', 'a a,b'),
    x('$(sort ab a b)', 'a ab b'),
    x('$(sort)', ''),
    // First bytes compare as signed chars: a high byte sorts before ASCII.
    x('$(sort a \u00e9 b)', '\u00e9 a b'),
    x('$(sort \u00e9b \u00e9a \u00c0)', '\u00c0 \u00e9a \u00e9b'),
  ]);
});

describe('word', () => {
  cases([
    x('$(word 2,a b c)', 'b'),
    x('$(word 1,a b c)', 'a'),
    x('$(word 4,a b c)', ''),
    x('$(word 2,  a   b  )', 'b'),
    x('$(word  2 ,a b)', 'b'),
    x('$(word 02,a b)', 'b'),
    x('$(word 1,)', ''),
    x('$(word 2,a,b c)', 'c'),
    // atoi(): 4294967298 wraps to 2, 4294967295 to -1 (no word, no error).
    x('$(word 4294967298,a b c)', 'b'),
    x('$(word 4294967295,a b c)', ''),
    fatal('$(word 0,a)\n', "first argument to 'word' function must be greater than 0"),
    fatal('$(word x,a)\n', "non-numeric first argument to 'word' function: 'x'"),
    fatal('$(word -1,a)\n', "non-numeric first argument to 'word' function: '-1'"),
    fatal('$(word +1,a)\n', "non-numeric first argument to 'word' function: '+1'"),
    fatal('$(word 1x,a)\n', "non-numeric first argument to 'word' function: '1x'"),
    fatal('$(word ,a)\n', "non-numeric first argument to 'word' function: ''"),
    fatal('$(word 1 2,a)\n', "non-numeric first argument to 'word' function: '1 2'"),
    fatal('$(word 1 ,a)\n', "non-numeric first argument to 'word' function: '1 '", 1, {
      name: 'trailing blank is numeric',
      mk: '$(info [$(word 1 ,a)])\n',
      out: '[a]\n',
      err: undefined,
    }),
    fatal('$(word 1)\n', "insufficient number of arguments (1) to function 'word'"),
    // The error is blamed on the variable being expanded, not the line reading it.
    fatal('X = $(word x,a)\n\n$(info $(X))\n', "non-numeric first argument to 'word' function: 'x'", 1),
  ]);
});

describe('wordlist', () => {
  cases([
    x('$(wordlist 2,3,a b c d)', 'b c'),
    x('$(wordlist 1,1,a b)', 'a'),
    x('$(wordlist 2,9,a b c)', 'b c'),
    x('$(wordlist 3,2,a b c)', ''),
    x('$(wordlist 2,2,a b c)', 'b'),
    x('$(wordlist 4,5,a b c)', ''),
    x('$(wordlist 2,0,a b c)', ''),
    // The text from the first word to the last, blanks between them kept.
    x('$(wordlist 1,2,  a   b   c )', 'a   b'),
    x('$(wordlist 2,3,  a   b \t c  d )', 'b \t c'),
    x('$(wordlist 1,9,  a   b   c  )', 'a   b   c'),
    x('$(wordlist  1 , 2 ,a b c)', 'a b'),
    x('$(wordlist 1,2,a,b c,d)', 'a,b c,d'),
    fatal('$(wordlist 0,2,a)\n', "invalid first argument to 'wordlist' function: '0'"),
    // make prints the number it read, not the text.
    fatal('$(wordlist 00,2,a)\n', "invalid first argument to 'wordlist' function: '0'"),
    fatal('$(wordlist  0 ,2,a)\n', "invalid first argument to 'wordlist' function: '0'"),
    fatal('$(wordlist x,2,a)\n', "non-numeric first argument to 'wordlist' function: 'x'"),
    fatal('$(wordlist 1,x,a)\n', "non-numeric second argument to 'wordlist' function: 'x'"),
    fatal('$(wordlist 1,,a)\n', "non-numeric second argument to 'wordlist' function: ''"),
    fatal('$(wordlist 1,-1,a)\n', "non-numeric second argument to 'wordlist' function: '-1'"),
    fatal('$(wordlist 1,2)\n', "insufficient number of arguments (2) to function 'wordlist'"),
  ]);
});

describe('words, firstword, lastword', () => {
  cases([
    x('$(words a b c)', '3'),
    x('$(words  a \t b  )', '2'),
    x('$(words )', '0'),
    x('$(words a,b c)', '2'),
    x('$(words $(sp))', '0', { pre: SP }),
    x('$(firstword a b c)', 'a'),
    x('$(firstword  a  )', 'a'),
    x('$(firstword )', ''),
    x('$(firstword a,b c)', 'a,b'),
    x('$(lastword a b c)', 'c'),
    x('$(lastword  a b  )', 'b'),
    x('$(lastword )', ''),
    x('$(lastword a b,c)', 'b,c'),
    x('$(words)$(firstword)$(lastword)', ''),
  ]);
});
