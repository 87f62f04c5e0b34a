$(error in target): dep
