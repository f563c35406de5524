"""Exits 0 when the file is well-formed XML 1.0 (xml.etree, expat), else prints why and exits 1."""

import sys
import xml.etree.ElementTree as ElementTree

try:
    ElementTree.parse(sys.argv[1])
except ElementTree.ParseError as error:
    print(error)
    sys.exit(1)
