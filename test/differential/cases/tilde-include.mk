# env: HOME=tilde-home.d
# include expands ~; MAKEFILE_LIST names the file as found.
include ~/inc.mk
-include ~/nothere.mk ~nosuchuser-kflags/x.mk
$(info [$(HOME_INCLUDED)] [$(MAKEFILE_LIST)])
