# print: .DEFAULT_GOAL
.hidden:
./vis:
