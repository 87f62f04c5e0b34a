t:
        echo eight spaces
