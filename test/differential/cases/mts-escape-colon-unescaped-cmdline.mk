# A command-line value ending in a plain ':' splits the rule line: the second
# colon makes a static pattern rule without '%'.
# args: path=pre:
$(path)foo : ; @:
