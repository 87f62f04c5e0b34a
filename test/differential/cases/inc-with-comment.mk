# print: V
include inc-with-comment.d/v.mk # comment here
