FROM_ENV_MK := pre-loaded
