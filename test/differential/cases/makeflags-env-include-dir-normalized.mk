# env: MAKEFLAGS='-I nope-kflags-dir -I ./makeflags-env-include-dir.d/inc/ -Imakeflags-env-include-dir.d/inc -I makeflags-env-include-dir.mk'
# The search path keeps the -I directories that exist (no ./ in front, no slash behind).
include found.mk
$(info [$(filter-out /usr/%,$(.INCLUDE_DIRS))] [$(MAKEFILE_LIST)])
