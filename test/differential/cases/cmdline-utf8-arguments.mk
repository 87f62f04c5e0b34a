# args: X=héllo Y:=wörld☃
# env: Z=ünïcode
# A makefile's text is bytes, and so are the command line's and the
# environment's words: UTF-8 in, UTF-8 out, and the same bytes in both.
$(info [$(X)] [$(Y)] [$(Z)] [$(-*-command-variables-*-)])
$(info [$(subst é,e,$(X))] [$(words $(subst ☃, ,$(Y)))] [$(filter ünïcode,$(Z))])
$(warning wörld)
