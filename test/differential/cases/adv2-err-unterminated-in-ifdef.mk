ifdef $(X
endif
