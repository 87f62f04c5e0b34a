.RECIPEPREFIX := >
t:
        echo eight
