# A project of our own for test/generated-makefiles-gyp-perl-qmake.test.ts:
# gyp --format=make writes a Makefile and one NAME.target.mk per target.
{
  'variables': {
    'demo_level%': 3,
    'demo_extra%': 0,
  },
  'target_defaults': {
    'default_configuration': 'Debug',
    'configurations': {
      'Debug': {
        'defines': ['DEBUG', 'DEMO_BUILD="debug build"'],
        'cflags': ['-O0', '-g'],
      },
      'Release': {
        'defines': ['NDEBUG'],
        'cflags': ['-O2', '-fno-strict-aliasing'],
        'ldflags': ['-Wl,-O1'],
      },
    },
  },
  'targets': [
    {
      # A static library: its objects by the pattern rules, direct_dependent_settings for its users.
      'target_name': 'demo',
      'type': 'static_library',
      'sources': ['lib/greet.c', 'lib/count.c', 'lib/table.cc'],
      'include_dirs': ['lib'],
      'defines': ['DEMO_LEVEL=<(demo_level)', 'DEMO_NAME="demo lib"'],
      'cflags': ['-Wall'],
      'cflags_cc': ['-fno-exceptions'],
      'direct_dependent_settings': {
        'include_dirs': ['lib'],
        'defines': ['USING_DEMO'],
      },
    },
    {
      # A shared library of the same sources (solink, its own objects directory).
      'target_name': 'demo_shared',
      'type': 'shared_library',
      'sources': ['lib/greet.c', 'lib/count.c'],
      'include_dirs': ['lib'],
      'defines': ['DEMO_LEVEL=<(demo_level)', 'DEMO_NAME="shared lib"'],
      'cflags': ['-fPIC'],
      'libraries': ['-lm'],
    },
    {
      # A program built for the host (TOOLSET host), run by an action of demo-app.
      'target_name': 'gen-table',
      'type': 'executable',
      'toolsets': ['host'],
      'sources': ['tools/gen-table.c'],
    },
    {
      'target_name': 'demo-app',
      'type': 'executable',
      'dependencies': ['demo', 'gen-table#host'],
      'sources': ['app/main.c', 'app/words.txt'],
      'conditions': [
        ['demo_extra==1', {
          'sources': ['app/extra.c'],
          'defines': ['DEMO_EXTRA'],
        }],
      ],
      'actions': [
        {
          # A generated source, in the target's intermediate directory.
          'action_name': 'version',
          'inputs': ['app/version.in'],
          'outputs': ['<(INTERMEDIATE_DIR)/version.c'],
          'action': ['sh', '-c', 'sed "s/@V@/1.2/" app/version.in > <(INTERMEDIATE_DIR)/version.c'],
          'process_outputs_as_sources': 1,
        },
        {
          'action_name': 'table',
          'inputs': ['<(PRODUCT_DIR)/gen-table'],
          'outputs': ['<(SHARED_INTERMEDIATE_DIR)/table.h'],
          'action': ['<(PRODUCT_DIR)/gen-table', '<(SHARED_INTERMEDIATE_DIR)/table.h'],
        },
      ],
      'rules': [
        {
          # A rule: each .txt source becomes a C file.
          'rule_name': 'words',
          'extension': 'txt',
          'outputs': ['<(INTERMEDIATE_DIR)/<(RULE_INPUT_ROOT)_words.c'],
          'action': ['sh', 'tools/words.sh', '<(RULE_INPUT_PATH)', '<(INTERMEDIATE_DIR)/<(RULE_INPUT_ROOT)_words.c'],
          'process_outputs_as_sources': 1,
        },
      ],
      'include_dirs': ['<(SHARED_INTERMEDIATE_DIR)'],
      'ldflags': ['-L<(PRODUCT_DIR)'],
      'libraries': ['-lm'],
    },
    {
      # Files copied next to the program.
      'target_name': 'data',
      'type': 'none',
      'copies': [{
        'destination': '<(PRODUCT_DIR)/share',
        'files': ['app/words.txt', 'app/version.in'],
      }],
    },
  ],
}
