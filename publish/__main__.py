"""`python -m publish` is the `publish` command."""
import sys

from publish.cli import main

sys.exit(main())
