# env: MAKEFLAGS='-- X=$(Y) W=$$(Y)' Y=why
# MAKEFLAGS is expanded before it is decoded.
Y := file
$(info [$(X)] [$(W)] [$(origin W)])
