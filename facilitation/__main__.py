"""``python -m facilitation COMMAND``: see :mod:`facilitation.cli`."""

from facilitation.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
