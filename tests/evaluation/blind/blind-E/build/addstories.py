import sys
# usage: python3 addstories.py < snippet ; inserts snippet before main block
snip = sys.stdin.read()
s = open('stories.py').read()
marker = 'if __name__ == "__main__":'
s = s.replace(marker, snip.rstrip() + "\n" + marker)
open('stories.py', 'w').write(s)
