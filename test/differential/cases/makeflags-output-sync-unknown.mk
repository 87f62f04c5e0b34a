# env: MAKEFLAGS='-Obogus -j0'
# decode_output_sync_flags() ends decode_switches(): an unknown type is
# fatal, after the messages of the other switches.
$(info not reached)
