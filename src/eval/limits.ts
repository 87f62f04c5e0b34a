// kflags' own limits: they protect kflags itself, not make semantics.
export interface Limits {
  /** Nested expansions (variable references, calls) before kflags stops. */
  maxExpansionDepth: number;
  /** Nested includes and $(eval)s. */
  maxIncludeDepth: number;
  /** Largest value, in characters. */
  maxValueLength: number;
  /** Largest makefile, in bytes. */
  maxInputSize: number;
}

export const DEFAULT_LIMITS: Limits = {
  // Kernel makefiles nest a few dozen levels; JavaScript's stack holds a
  // few hundred of ours with room to spare.
  maxExpansionDepth: 1000,
  maxIncludeDepth: 200,
  maxValueLength: 64 * 1024 * 1024,
  maxInputSize: 512 * 1024 * 1024,
};
