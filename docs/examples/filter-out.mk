# filter-out takes make patterns: one % matches any run of characters.
KBUILD_CFLAGS := -O2 -flto=thin -fsplit-lto-unit -fprofile-sample-use=/p.afdo -fno-lto -fprofile-use
KBUILD_CFLAGS := $(filter-out -fprofile-sample-use=% -fprofile-use=%,$(KBUILD_CFLAGS))
# -fprofile-use has no `=`: the pattern -fprofile-use=% does not match it.
no-lto := $(filter-out -flto%,$(KBUILD_CFLAGS))
