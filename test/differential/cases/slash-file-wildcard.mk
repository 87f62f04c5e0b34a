# $(wildcard F/) for a regular file F: glob(3) gives F (no slash); a directory keeps one slash.
D := slash-file.d
$(info [$(wildcard $D/f/)] [$(wildcard $D/f//)] [$(wildcard $D/d/)] [$(wildcard $D/d//)] [$(wildcard $D/d/./)])
$(info [$(wildcard $D/lf/)] [$(wildcard $D/dangling/)] [$(wildcard $D/nothere/)] [$(wildcard ./$D/f/)] [$(wildcard $(CURDIR)/$D/f/)])
