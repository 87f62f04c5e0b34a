# print: A
A := $(abspath /a//b/../c/./d/ /.. /../x //y ///)
