# In a line read as a rule, a backslash quotes only `:`, `;`, `=` and
# itself: before `$(` it is an ordinary character and the reference is
# expanded whole (found by the property generator).
$(info start)
\$(info expanded) x\:y
