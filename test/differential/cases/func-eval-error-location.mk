$(eval $$(error inside eval))
