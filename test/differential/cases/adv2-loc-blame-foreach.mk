F = $(foreach w,a,$(word $(w),a))

H := $(F)
