// hash.c's two string hashes, Bob Jenkins' lookup3: jhash() over a
// length (variable.c's table of variables) and jhash_string() up to the NUL
// (file.c's table of files). They share the mixing steps and differ in how
// they read the bytes and start. Only the order of make's hash tables
// depends on them (variable-table.ts, file-table.ts).

function rol32(v: number, n: number): number {
  return ((v << n) | (v >>> (32 - n))) >>> 0;
}

/** The mixing state (a, b, c): one array, so that jhash_mix() allocates nothing. */
const s = new Uint32Array(3);

/** jhash_mix() of s. */
function mix(): void {
  let a = s[0];
  let b = s[1];
  let c = s[2];
  a = (a - c) >>> 0; a = (a ^ rol32(c, 4)) >>> 0; c = (c + b) >>> 0;
  b = (b - a) >>> 0; b = (b ^ rol32(a, 6)) >>> 0; a = (a + c) >>> 0;
  c = (c - b) >>> 0; c = (c ^ rol32(b, 8)) >>> 0; b = (b + a) >>> 0;
  a = (a - c) >>> 0; a = (a ^ rol32(c, 16)) >>> 0; c = (c + b) >>> 0;
  b = (b - a) >>> 0; b = (b ^ rol32(a, 19)) >>> 0; a = (a + c) >>> 0;
  c = (c - b) >>> 0; c = (c ^ rol32(b, 4)) >>> 0; b = (b + a) >>> 0;
  s[0] = a;
  s[1] = b;
  s[2] = c;
}

/** jhash_final(): the hash, c. */
function final(a: number, b: number, c: number): number {
  c = (c ^ b) >>> 0; c = (c - rol32(b, 14)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rol32(c, 11)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rol32(a, 25)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol32(b, 16)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rol32(c, 4)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rol32(a, 14)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol32(b, 24)) >>> 0;
  return c;
}

/** A name's bytes when it has a character above 0xff (its UTF-8); undefined: one character a byte (makefiles are read as latin1). */
function utf8IfWide(name: string): Uint8Array | undefined {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0xff) return new TextEncoder().encode(name);
  return undefined;
}

/** hash.c jhash(): Bob Jenkins' lookup3 over the name's `length` bytes, little-endian words. */
export function jhash(name: string): number {
  const bytes = utf8IfWide(name);
  const at = (i: number): number => (bytes === undefined ? name.charCodeAt(i) : bytes[i]);
  const word = (i: number): number => (at(i) | (at(i + 1) << 8) | (at(i + 2) << 16) | (at(i + 3) << 24)) >>> 0;
  let length = bytes?.length ?? name.length;
  let k = 0;
  let a = (0xdeadbeef + length) >>> 0;
  let b = a;
  let c = a;
  while (length > 12) {
    a = (a + word(k)) >>> 0;
    b = (b + word(k + 4)) >>> 0;
    c = (c + word(k + 8)) >>> 0;
    // jhash_mix()
    s[0] = a; s[1] = b; s[2] = c;
    mix();
    a = s[0]; b = s[1]; c = s[2];
    length -= 12;
    k += 12;
  }
  if (length === 0) return c;
  // The last 1 to 12 bytes: a whole word to a if more than 8 are left, then to b if more than 4, the rest to c.
  if (length > 8) {
    a = (a + word(k)) >>> 0;
    length -= 4;
    k += 4;
  }
  if (length > 4) {
    b = (b + word(k)) >>> 0;
    length -= 4;
    k += 4;
  }
  if (length === 4) c = (c + ((at(k + 3) << 24) >>> 0)) >>> 0;
  if (length >= 3) c = (c + (at(k + 2) << 16)) >>> 0;
  if (length >= 2) c = (c + (at(k + 1) << 8)) >>> 0;
  c = (c + at(k)) >>> 0;
  return final(a, b, c);
}

/** hash.c jhash_string(): Bob Jenkins' lookup3 over the name's bytes, read as little-endian words up to the NUL. */
export function jhashString(name: string): number {
  const bytes = utf8IfWide(name);
  const length = bytes?.length ?? name.length;
  let a = 0xdeadbeef;
  let b = a;
  let c = a;
  let k = 0;
  // sum_up_to_nul(): a word without a zero byte is added whole; else only its bytes before the NUL, and hashing ends.
  const word = (): number => {
    let val = 0;
    for (let i = Math.min(length - k, 4) - 1; i >= 0; i--) val = val * 256 + (bytes === undefined ? name.charCodeAt(k + i) : bytes[k + i]);
    return val;
  };
  for (;;) {
    a = (a + word()) >>> 0;
    if (length - k < 4) break;
    k += 4;
    b = (b + word()) >>> 0;
    if (length - k < 4) break;
    k += 4;
    c = (c + word()) >>> 0;
    if (length - k < 4) break;
    k += 4;
    // jhash_mix()
    s[0] = a; s[1] = b; s[2] = c;
    mix();
    a = s[0]; b = s[1]; c = s[2];
  }
  // The length added is of the whole words before the one holding the NUL.
  return (final(a, b, c) + k) >>> 0;
}
