# Read by secondexp-order-entries.mk: its name takes a slot in make's file table.
INCLUDED := yes
