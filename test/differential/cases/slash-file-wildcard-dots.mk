# F/. and F/.. are no paths when F is a file (the system says ENOTDIR), also on the way to a pattern.
D := slash-file.d
$(info [$(wildcard $D/f/.)] [$(wildcard $D/f/..)] [$(wildcard $D/f/../f)] [$(wildcard $D/d/../f)] [$(wildcard $D/f/../*)] [$(wildcard $D/d/../f*)])
$(info [$(wildcard $D/f*/)] [$(wildcard $D/*/)])
