# print: MAKE_VERSION
