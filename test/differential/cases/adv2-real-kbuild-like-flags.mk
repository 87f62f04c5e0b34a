# print: c_flags
# target: drivers/foo/bar.o
KBUILD_CFLAGS := -Wall -O2
ccflags-y := -I$(srctree)/include
CFLAGS_bar.o := -DBAR
srctree := /src
basetarget = $(basename $(notdir $@))
modname-flags = -DKBUILD_MODNAME=$(basetarget)
c_flags = $(KBUILD_CFLAGS) $(ccflags-y) $(CFLAGS_$(basetarget).o) $(modname-flags) $(if $(filter %bar.o,$@),-DIS_BAR)
