# env: HOME=/home/kflags-test
# Other functions take ~ as written.
$(info [$(abspath ~)] [$(notdir ~/x)] [$(dir ~/x)] [$(realpath ~)] [$(patsubst ~%,[%],~/a)])
