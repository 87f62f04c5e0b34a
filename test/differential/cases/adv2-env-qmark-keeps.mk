# print: A
# env: A=env
A ?= file
