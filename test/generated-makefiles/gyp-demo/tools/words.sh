#!/bin/sh
# words.sh IN OUT: a C array of the words of IN.
set -e
name=$(basename "$1" .txt)
{
  echo "const char *${name}_words[] = {"
  for w in $(cat "$1"); do echo "  \"$w\","; done
  echo "  0 };"
} > "$2"
