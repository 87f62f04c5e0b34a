include $(foo
