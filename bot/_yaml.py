"""A strict YAML reader for files that clinic staff edit by hand.

`yaml.safe_load` semantics through a SafeLoader subclass (libyaml's C loader
where PyYAML has it; the global loader is never patched), plus what staff need:
- every mapping and list remembers the 1-based line and column of its keys and
  items, so later checks can point at the exact spot;
- duplicate keys are reported (PyYAML silently keeps the last one);
- aliases are refused (an alias bomb loads fast and explodes when walked);
- files over a size cap, files that are not UTF-8, and syntax errors become
  problems with a plain-language hint instead of a traceback;
- only regular files are read (a named pipe or a device such as /dev/zero is
  refused before reading), at most the size cap plus one byte, and optionally
  only when the file, followed through any links, stays inside a given folder;
- nesting deeper than `MAX_DEPTH` is refused before it can exhaust the stack.
Problems name the file as staff gave it, never a link's target or its contents.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 40   # lists and blocks inside each other; intent files need 5

Position = tuple[int, int]  # (line, column), 1-based


class YamlMap(dict):
    """A dict that remembers where each key and value stands in the file."""

    position: Position = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.key_positions: dict[Any, Position] = {}
        self.value_positions: dict[Any, Position] = {}


class YamlList(list):
    """A list that remembers where each item stands in the file."""

    position: Position = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.item_positions: list[Position] = []


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loading; aliases are refused while walking the composed nodes (`_Converter`)."""

    def resolve(self, kind, value, implicit):
        """SafeLoader's tag for a node, without its search through the implicit types for the common case: a
        quoted scalar, or a plain one whose first character starts no implicit type (a phrasing's "how"...),
        is a string."""
        if kind is yaml.ScalarNode and not self.yaml_path_resolvers and (not implicit[0] or (
                value and value[0] not in self.yaml_implicit_resolvers and None not in self.yaml_implicit_resolvers)):
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


_STR_TAG = "tag:yaml.org,2002:str"
# A string node is its text (what SafeLoader's constructor for it returns), read without the constructor's machinery.
_STRINGS_ARE_PLAIN = _StrictLoader.yaml_constructors.get(_STR_TAG) is yaml.SafeLoader.yaml_constructors[_STR_TAG]


class _AliasFound(Exception):
    def __init__(self, position: Position):
        self.position = position


class _TooDeep(Exception):
    def __init__(self, position: Position):
        self.position = position


class _Unreadable(Exception):
    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message, self.hint = message, hint


def _kind_of_file(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return name
    return "not an ordinary file"


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES, inside: Path | None = None) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes, else `_Unreadable`.

    The size is checked on the bytes actually read (at most limit + 1), so a file
    that grows or lies about its size cannot exhaust memory. With `inside`, the
    file, followed through any links, must lie in that folder."""
    if inside is not None:
        try:
            path.resolve(strict=True).relative_to(inside.resolve())
        except RuntimeError:            # Python before 3.13 on a link loop
            raise _Unreadable("is a link that leads back to itself", "delete the link and put the file itself here") from None
        except ValueError:
            raise _Unreadable("is a link to a file outside the intents folder, which is not read",
                              "copy the file into the folder instead of linking to it") from None
    mode = os.stat(path).st_mode      # before opening: opening a device can itself do something
    if not stat.S_ISREG(mode):
        raise _Unreadable(f"is {_kind_of_file(mode)}, not a text file", "keep only YAML text files in this folder")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode    # the file opened may not be the one checked above
        if not stat.S_ISREG(mode):
            raise _Unreadable(f"is {_kind_of_file(mode)}, not a text file", "keep only YAML text files in this folder")
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise _Unreadable(f"the file is larger than the {limit:,} bytes allowed",
                          "split it into smaller files, or check that the right file was saved here")
    return raw


def _position(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


_HINTS = [
    ("'\\t'", "replace the tab with spaces: YAML indentation uses spaces only"),
    ("tab character", "replace the tab with spaces: YAML indentation uses spaces only"),
    ("alias", "write the value out in full instead of referring to it with *name"),
    ("mapping values are not allowed", "a value contains ': ' — put the whole value in double quotes"),
    ("quoted scalar", "a quote was opened but not closed: add the closing quote"),
    ("expected <block end>", "check the indentation: items of one list, and keys of one intent, must line up"),
    ("could not find expected ':'", "a line is missing its 'key:' or is indented wrongly"),
    ("did not find expected '-' indicator", "check the indentation of the list items: each starts with '- ' at the same column"),
    ("did not find expected key", "check the indentation: keys of one intent must line up"),
    ("found undefined alias", "write the value out in full instead of referring to it with *name"),
    ("special characters are not allowed", "the file contains an invisible control character: retype the line"),
]
_QUOTES = {'"': "double quote", "'": "single quote"}
_STRUCTURE = re.compile(r"^\s*(- |-$|[A-Za-z_][\w ]*:(\s|$))")   # a list item or a 'key:' line


def _syntax_problem(path: str, error: yaml.YAMLError, text: str) -> Problem:
    """A syntax error as staff can act on it: the line where the mistake is, which is
    not always where the parser gave up, and what to type there."""
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None) or ""
    stopped = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    started = getattr(error, "context_mark", None)
    lines = text.splitlines()
    found = _misread_quote(path, text, lines, stopped)
    if found:
        return found
    if "quoted scalar" in context and started is not None:      # the quote never closes: point at where it opens
        return _unclosed_quote(path, lines, started.line, started.column)
    if "could not find expected ':'" in problem and "simple key" in context and started is not None:
        # The parser reads on to the next line before it gives up; the line that lacks the ':' (or the '- ') is where the key began.
        item = _previous_list_item(lines, started.line, started.column)
        if item is not None:
            return Problem(path, started.line + 1, started.column + 1, "",
                           f"the file is not valid YAML: this line is neither an item of the list above (no '- ') nor a 'key: value' line",
                           f"start the line with '- ' at column {item + 1}, like the item above it")
        return Problem(path, started.line + 1, started.column + 1, "",
                       "the file is not valid YAML: this line has no 'key:' and is not a list item",
                       "write 'key: value', start a list item with '- ', or indent the line to continue the text above it")
    line = stopped.line + 1 if stopped else None
    column = stopped.column + 1 if stopped else None
    hint = next((h for key, h in _HINTS if key in f"{problem} {context}"), "check the YAML syntax on this line and the one before it")
    return Problem(path, line, column, "", f"the file is not valid YAML: {problem}", hint)


def _unclosed_quote(path: str, lines: list[str], line: int, column: int, closed_on: int | None = None) -> Problem:
    quote = lines[line][column] if line < len(lines) and column < len(lines[line]) else '"'
    name = _QUOTES.get(quote, "quote")
    where = f"; YAML reads on to the next {quote} on line {closed_on + 1}" if closed_on is not None else ""
    return Problem(path, line + 1, column + 1, "", f"the file is not valid YAML: the {name} ({quote}) opened here is not closed on this line{where}",
                   f"add the closing {quote} at the end of the text on line {line + 1}, or remove the opening one")


def _misread_quote(path: str, text: str, lines: list[str], stopped) -> Problem | None:
    """A quote that ends somewhere other than staff meant: one that swallows the lines after it,
    or an apostrophe inside single quotes ('what's botox') that ends the text early."""
    if stopped is None:
        return None
    for token in _scalar_tokens(text, stopped.line):
        if token.style not in _QUOTES:
            continue
        start, end = token.start_mark, token.end_mark
        if end.line > start.line and any(_STRUCTURE.match(lines[n]) for n in range(start.line + 1, min(end.line + 1, len(lines)))):
            return _unclosed_quote(path, lines, start.line, start.column, closed_on=end.line)
        rest = lines[end.line][end.column:].strip() if end.line < len(lines) else ""
        if end.line == stopped.line and rest and not rest.startswith(("#", ",", "]", "}", ":")):
            quote = token.style
            example = f"{(token.value.split() or [''])[-1]}''{rest.split()[0].rstrip(quote)}"
            fix = (f"write the apostrophe twice inside single quotes ({example}), or put the whole text in double quotes"
                   if quote == "'" else "write the quotes inside the text as single quotes, or put the whole text in single quotes")
            return Problem(path, start.line + 1, start.column + 1, "",
                           f"the file is not valid YAML: the text in {_QUOTES[quote]}s ends early, at the {quote} before: {rest[:30]}", fix)
    return None


def _scalar_tokens(text: str, before_line: int) -> list:
    """The scalar tokens of `text` that start before `before_line`, as far as the scanner gets."""
    tokens = []
    try:
        for token in yaml.scan(text, Loader=_StrictLoader):
            if token.start_mark.line > before_line:
                break
            if isinstance(token, yaml.ScalarToken):
                tokens.append(token)
    except yaml.YAMLError:
        pass
    return tokens


def _previous_list_item(lines: list[str], line: int, column: int) -> int | None:
    """The column of the dash of the list item just above `line`, when its text lines up with `column`."""
    for above in range(line - 1, -1, -1):
        stripped = lines[above].strip()
        if not stripped or stripped.startswith("#"):
            continue
        dash = len(lines[above]) - len(lines[above].lstrip())
        return dash if stripped.startswith("- ") and dash == column else None
    return None


class _Converter:
    """Turns composed nodes into YamlMap/YamlList/values, recording positions and problems.

    The composer turns an alias into a second reference to the anchored node,
    so meeting a node twice means an alias: refused on the spot, before an
    alias bomb can expand."""

    def __init__(self, loader: _StrictLoader, path: str):
        self.loader = loader
        self.path = path
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    def _visit(self, node: yaml.Node, used_at: Position) -> None:
        if id(node) in self._seen:
            raise _AliasFound(used_at)
        self._seen.add(id(node))

    def convert(self, node: yaml.Node, used_at: Position | None = None, depth: int = 0) -> Any:
        if _STRINGS_ARE_PLAIN and type(node) is yaml.ScalarNode and node.tag == _STR_TAG and depth <= MAX_DEPTH:
            if id(node) in self._seen:      # (a string, most nodes: as below, without the calls)
                raise _AliasFound(used_at or _position(node))
            self._seen.add(id(node))
            return node.value
        self._visit(node, used_at or _position(node))
        if depth > MAX_DEPTH:
            raise _TooDeep(_position(node))
        depth += 1
        # A string (most nodes) is read in place, as the lines at the top read it, without a call; anything
        # else, and a string met before (an alias), goes through `convert`.
        strings, seen, scalar = _STRINGS_ARE_PLAIN and depth <= MAX_DEPTH, self._seen, yaml.ScalarNode
        if isinstance(node, yaml.MappingNode):
            result = YamlMap()
            result.position = _position(node)
            for key_node, value_node in node.value:
                if strings and type(key_node) is scalar and key_node.tag == _STR_TAG and id(key_node) not in seen:
                    seen.add(id(key_node))
                    key = key_node.value
                else:
                    key = self.convert(key_node, depth=depth)
                key_position = _position(key_node)
                if isinstance(key, (dict, list)):
                    self.problems.append(Problem(self.path, *_position(key_node), "", "a key must be a plain word", "remove the brackets or dash before the key"))
                    continue
                if key in result:
                    first = result.key_positions[key][0]
                    self.problems.append(Problem(
                        self.path, *_position(key_node), str(key),
                        f"the key '{key}' appears twice in the same block (first on line {first})",
                        "keep one of the two and delete the other; YAML would silently use only the last"))
                    continue
                if strings and type(value_node) is scalar and value_node.tag == _STR_TAG and id(value_node) not in seen:
                    seen.add(id(value_node))
                    result[key] = value_node.value
                else:
                    result[key] = self.convert(value_node, used_at=key_position, depth=depth)
                result.key_positions[key] = key_position
                result.value_positions[key] = _position(value_node)
            return result
        if isinstance(node, yaml.SequenceNode):
            result = YamlList()
            result.position = _position(node)
            positions = result.item_positions
            for item in node.value:
                if strings and type(item) is scalar and item.tag == _STR_TAG and id(item) not in seen:
                    seen.add(id(item))
                    result.append(item.value)
                else:
                    result.append(self.convert(item, used_at=result.position, depth=depth))
                mark = item.start_mark
                positions.append((mark.line + 1, mark.column + 1))
            return result
        try:
            return self.loader.construct_object(node, deep=True)
        except ValueError:               # e.g. an integer of more than 4,300 digits
            self.problems.append(Problem(self.path, *_position(node), "", "this value is a number too long to read",
                                         "write a shorter number, or put the value in double quotes if it is text"))
            return None


def _too_deep(name: str, position: Position | None) -> Problem:
    line, column = position or (None, None)
    return Problem(name, line, column, "", f"the file is not valid here: lists and blocks are nested more than {MAX_DEPTH} deep",
                   "check the brackets and indentation near this line; intent files need only a few levels")


def read_yaml(path: Path, display: str | None = None, inside: Path | None = None) -> tuple[Any, list[Problem]]:
    """Read one YAML file. Returns (data, problems); data is None on a fatal problem.

    With `inside`, a file that is (or links to) a file outside that folder is refused."""
    name = display or str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES, inside)
    except _Unreadable as unreadable:
        return None, [Problem(name, None, None, "", unreadable.message, unreadable.hint)]
    except OSError as exc:
        return None, [Problem(name, None, None, "", f"the file cannot be read: {exc.strerror or type(exc).__name__}",
                              "check the file exists and is readable")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, None, "", f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at position {exc.start})",
                              "save the file with the UTF-8 encoding (in most editors: Save As, Encoding: UTF-8)")]
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        converter = _Converter(loader, name)
        data = converter.convert(node)
        return data, converter.problems
    except _TooDeep as deep:
        return None, [_too_deep(name, deep.position)]
    except RecursionError:                          # the pure-Python composer, without libyaml
        return None, [_too_deep(name, None)]
    except _AliasFound as alias:
        return None, [Problem(name, *alias.position, "", "the file is not valid YAML: an alias (*name) is not allowed in these files",
                              "write the value out in full instead of referring to it with *name")]
    except yaml.YAMLError as exc:
        if "maximum nesting depth" in str(exc):     # libyaml's own limit (1,000 levels)
            mark = getattr(exc, "problem_mark", None)
            return None, [_too_deep(name, (mark.line + 1, mark.column + 1) if mark else None)]
        return None, [_syntax_problem(name, exc, text)]
    finally:
        loader.dispose()
