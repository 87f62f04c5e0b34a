# print: A
$(eval A := value # comment)
