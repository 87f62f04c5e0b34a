# env: MAKEFLAGS='--debug=b,,x'
# decode_debug_flags(): each word is known by its first letter; the second
# comma starts a word of its own, unknown, named with the rest.
$(info not reached)
