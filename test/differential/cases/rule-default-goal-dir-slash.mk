$(info [$(.DEFAULT_GOAL)])
./dir/.hidden: ;
$(info [$(.DEFAULT_GOAL)])
dir/x: ;
$(info [$(.DEFAULT_GOAL)])
