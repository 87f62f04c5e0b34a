# Read first (MAKEFILES, from the environment of secondexp-order-makefiles.mk).
FROM_MAKEFILES := yes
