include $(error inc-err)
