// Why a flag is in an object's list: where it was added and where it was
// taken out (found by src/kbuild/explain.ts, shown by the reports).

export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
}

/** Why one flag is (or is not) in an object's list. */
export interface FlagOrigin {
  flag: string;
  /** The assignment that brought it in, e.g. arch/x86/Makefile:123. */
  addedAt?: SourceLocation;
  /** The filter-out / CFLAGS_REMOVE_ that took it away. */
  removedAt?: SourceLocation;
  /** The variable chain it came through, e.g. `KBUILD_CFLAGS <- CC_FLAGS_LTO`. */
  via?: string;
}
