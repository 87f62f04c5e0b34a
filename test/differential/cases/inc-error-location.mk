include inc-error-location.d/e.mk
