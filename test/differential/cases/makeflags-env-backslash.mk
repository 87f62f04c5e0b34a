# env: MAKEFLAGS='-- X=a\\b Y=c\'
$(info [$(X)] [$(Y)])
