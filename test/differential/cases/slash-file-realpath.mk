# $(realpath F/) for a regular file F is empty (realpath(3): ENOTDIR).
D := slash-file.d
$(info [$(notdir $(realpath $D/f/))] [$(notdir $(realpath $D/f))] [$(notdir $(realpath $D/f/.))] [$(notdir $(realpath $D/f/..))] [$(notdir $(realpath $D/f/../f))])
$(info [$(notdir $(realpath $D/d/))] [$(notdir $(realpath $D/d//))] [$(notdir $(realpath $D/lf/))] [$(notdir $(realpath $D/lf))] [$(notdir $(realpath $D/dangling/))] [$(notdir $(realpath $D/d/../f))])
