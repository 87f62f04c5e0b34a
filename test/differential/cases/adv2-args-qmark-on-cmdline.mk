# print: A B
# args: A?=cmd B?=cmdb
A := file
$(info $(origin A) $(origin B))
