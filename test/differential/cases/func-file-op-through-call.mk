# Through $(call), the operation of $(file) keeps its leading blank.
$(call file, <x)
