#!/usr/bin/env python3
"""Checks a Waymark evidence pack, without Waymark.

Usage:
    python3 verify.py [PACK_FOLDER_OR_ZIP] [--receipt CODE]

    e.g. python3 verify.py calc-2026-11-29.zip --receipt 214-7KQ2-M9XD-4HF3-R2B8-Q

With no folder or zip named, it checks the folder this file is in. It uses only Python's own standard library
(Python 3.8 or later) and follows the method written out in VERIFY.txt, step by step:

  1. every file against SHA256SUMS, and that nothing unlisted is there;
  2. every saved version (revision) of every incident against its SHA-256 fingerprint (hash);
  3. the record of changes (the chain): every link, the order, the chain head, join entries;
  4. every exhibit against the fingerprint recorded when it was added.

It prints what holds, what could not be checked from this copy, and exactly what does not hold, and exits with 0
only if nothing failed (1 if anything did, 2 if it could not check at all). A part copy, or a copy with values
withheld, says at the end what it cannot show. It never unpacks anything to disk and never connects to a network.
This file is a second, separate implementation of the method: it does not use the app's own code.
"""

import argparse
import decimal
import hashlib
import json
import os
import re
import stat
import sys
import unicodedata
import zipfile
import zlib

ZERO_LINK = "0" * 64
SUMS = "SHA256SUMS"
TIMELINE = "timeline.json"
HEX64 = re.compile(r"^[0-9a-f]{64}$")
SUM_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")
CHUNK = 1024 * 1024
# timeline.json and SHA256SUMS are read whole; anything larger than this is refused with a message.
MAX_TEXT_BYTES = 256 * 1024 * 1024
# A pack is never larger than 4 GB (it is a plain zip); an entry that unpacks past this is refused.
MAX_ENTRY_BYTES = 4 * 1024 * 1024 * 1024
# Deflate packs at most about 1,032 to 1; text a pack holds packs far less tightly than this.
MAX_RATIO = 100
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# What a disclosure-safe copy (or a copy without private notes) puts in place of a value it leaves out.
WITHHELD_MARKER = "[Withheld from this copy]"
WITNESS_CONTACT = re.compile(r"^content\.witnesses\[(0|[1-9][0-9]*)\]\.contact$")


class Refused(Exception):
    """A problem that stops the check: the message says what, in words."""


class Malformed(Exception):
    """timeline.json does not have the layout VERIFY.txt describes, at `where`."""

    def __init__(self, where, expected):
        Exception.__init__(self, "%s: expected %s" % (where, expected))
        self.where = where
        self.expected = expected


# ---------------------------------------------------------------------------------------------------------------
# Printing. Names and values from the pack are shown with control and invisible formatting characters escaped, so
# a right-to-left override in a hostile file name cannot disguise what is printed.


def shown(text):
    out = []
    for ch in str(text):
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Zl", "Zp") or ch == "\ufffd":
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else "\\U%08x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


class Report:
    def __init__(self):
        self.failures = 0
        self.oks = 0

    def heading(self, text):
        print("")
        print(text)

    def ok(self, text):
        self.oks += 1
        print("  OK    " + text)

    def fail(self, text):
        self.failures += 1
        print("  FAIL  " + text)

    def note(self, text):
        print("  NOTE  " + text)


# ---------------------------------------------------------------------------------------------------------------
# RFC 8785 canonical JSON, as VERIFY.txt describes it.


def _es_number(value):
    """A number as ECMAScript writes it (Number.prototype.toString), which RFC 8785 adopts."""
    if isinstance(value, int):
        if abs(value) <= 2 ** 53:
            return str(value)
        value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    if value == 0:
        return "0"
    if value < 0:
        return "-" + _es_number(-value)
    # repr gives the shortest digits that read back as the same number, as ECMAScript requires.
    _, digit_tuple, exponent = decimal.Decimal(repr(value)).as_tuple()
    digits = "".join(str(d) for d in digit_tuple)  # value = int(digits) * 10 ** exponent
    stripped = digits.rstrip("0")
    exponent += len(digits) - len(stripped)
    digits = stripped.lstrip("0")
    point = len(digits) + exponent
    k = len(digits)
    n = point
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e = n - 1
    sign = "+" if e >= 0 else "-"
    return digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + sign + str(abs(e))


_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _es_string(text):
    out = ['"']
    for ch in text:
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            raise ValueError("a lone surrogate, which canonical JSON does not allow")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical(value):
    """The RFC 8785 canonical JSON text of a parsed JSON value."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _es_number(value)
    if isinstance(value, str):
        return _es_string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        # Keys in order of their UTF-16 code units: big-endian UTF-16 bytes sort the same way.
        keys = sorted(value, key=lambda key: key.encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(_es_string(key) + ":" + canonical(value[key]) for key in keys) + "}"
    raise ValueError("a value JSON does not have")


def sha256_text(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_of(revision_hash, prev, seq):
    """A chain link: the SHA-256 of exactly {"hash":"<64 hex>","prev":"<64 hex>","seq":<n>}."""
    return sha256_text('{"hash":"%s","prev":"%s","seq":%d}' % (revision_hash, prev, seq))


# ---------------------------------------------------------------------------------------------------------------
# Reading the pack: a folder, or the zip itself. Nothing is unpacked to disk.


def safe_name(name):
    return not (
        name == ""
        or "\\" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(unicodedata.category(ch) == "Cc" for ch in name)
        or any(part in ("", ".", "..") for part in name.split("/"))
    )


class FolderPack:
    def __init__(self, root):
        self.root = root
        self.label = "folder " + root
        self.files = {}
        self.problems = []
        self.refused = set()
        for folder, dirs, names in os.walk(root, followlinks=False):
            dirs.sort()
            for name in sorted(names) + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                full = os.path.join(folder, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                # A Mac may hand names back decomposed; SHA256SUMS lists them composed (NFC).
                key = unicodedata.normalize("NFC", rel)
                mode = os.lstat(full).st_mode
                if not stat.S_ISREG(mode):
                    self.refused.add(key)
                    self.problems.append("%s is not a plain file (a link or a device), so it was not read" % shown(key))
                    continue
                self.files[key] = full

    def open(self, name):
        return open(self.files[name], "rb")

    def size(self, name):
        return os.path.getsize(self.files[name])


class ZipPack:
    def __init__(self, path):
        self.label = "zip " + path
        self.problems = []
        self.files = {}
        self.refused = set()
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
            raise Refused("%s cannot be read as a zip file (%s)" % (path, error))
        for info in infos:
            name = info.filename
            if name.endswith("/") and info.file_size == 0:
                continue
            key = unicodedata.normalize("NFC", name)
            if not safe_name(name):
                self.refused.add(key)
                self.problems.append(
                    "the zip holds an entry with an unsafe name (%s): it could land outside the folder it is "
                    "unpacked into, so it was refused and not read" % shown(name)
                )
                continue
            if info.flag_bits & 0x1:
                self.refused.add(key)
                self.problems.append("%s is encrypted inside the zip, so it cannot be checked" % shown(key))
                continue
            if info.file_size > MAX_ENTRY_BYTES or (
                info.file_size > 64 * CHUNK and info.file_size > MAX_RATIO * max(1, info.compress_size)
            ):
                self.refused.add(key)
                self.problems.append("%s would unpack to %d bytes, far more than it holds, so it was not read" % (shown(key), info.file_size))
                continue
            if key in self.files:
                self.problems.append("%s appears twice in the zip" % shown(key))
                continue
            self.files[key] = info
        # A pack zipped again by hand may have everything inside one folder; look there.
        if SUMS not in self.files:
            tops = set(name.split("/", 1)[0] for name in self.files if "/" in name)
            if len(tops) == 1:
                top = tops.pop() + "/"
                if top + SUMS in self.files and all(name.startswith(top) for name in self.files):
                    self.files = dict((name[len(top):], info) for name, info in self.files.items())

    def open(self, name):
        return self.zip.open(self.files[name])

    def size(self, name):
        return self.files[name].file_size


READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError)


def hash_file(pack, name):
    digest = hashlib.sha256()
    with pack.open(name) as handle:
        while True:
            chunk = handle.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
    return digest.hexdigest()


def read_whole(pack, name):
    size = pack.size(name)
    if size > MAX_TEXT_BYTES:
        raise Refused("%s is %d bytes, more than this checker reads (%d)" % (name, size, MAX_TEXT_BYTES))
    with pack.open(name) as handle:
        return handle.read(MAX_TEXT_BYTES + 1)


# ---------------------------------------------------------------------------------------------------------------
# Reading timeline.json strictly: a key given twice, NaN or Infinity is refused, not guessed at.


def _pairs(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("the key %s appears twice in one object" % json.dumps(key))
        result[key] = value
    return result


def _constant(name):
    raise ValueError("%s is not a JSON value" % name)


def parse_json(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Refused("timeline.json is not UTF-8 text (byte %d)" % error.start)
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except RecursionError:
        raise Refused("timeline.json is nested too deeply to be a timeline")
    except ValueError as error:
        raise Refused("timeline.json is not valid JSON (%s)" % error)


def field(obj, key, kind, where, optional=False):
    """obj[key], checked to be of `kind` ('object', 'list', 'string', 'count', 'hash', 'bool', 'any')."""
    if not isinstance(obj, dict):
        raise Malformed(where, "an object")
    if key not in obj:
        if optional:
            return None
        raise Malformed(where + "." + key, "a value, but it is missing")
    value = obj[key]
    checks = {
        "object": (lambda v: isinstance(v, dict), "an object"),
        "list": (lambda v: isinstance(v, list), "a list"),
        "string": (lambda v: isinstance(v, str), "text"),
        "count": (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "a whole number"),
        "hash": (lambda v: isinstance(v, str) and HEX64.match(v) is not None, "64 lower-case hex characters"),
        "bool": (lambda v: isinstance(v, bool), "true or false"),
        "any": (lambda v: True, "a value"),
    }
    test, expected = checks[kind]
    if not test(value):
        raise Malformed(where + "." + key, expected)
    return value


# ---------------------------------------------------------------------------------------------------------------
# Step 1: every file against SHA256SUMS.


def check_sums(pack, report, hashes):
    report.heading("Step 1: every file against SHA256SUMS")
    for problem in pack.problems:
        report.fail(problem)
    # Two names that are one name on Windows or macOS: unzipped there, one overwrites the other.
    folded = {}
    for path in sorted(set(pack.files) | set(pack.refused)):
        folded.setdefault(unicodedata.normalize("NFC", unicodedata.normalize("NFC", path).casefold()), []).append(path)
    for names in folded.values():
        if len(names) > 1:
            report.fail(
                "%s differ only in case, so unzipped on Windows or macOS one would overwrite the other"
                % " and ".join(shown(name) for name in names)
            )
    if SUMS not in pack.files:
        report.fail("SHA256SUMS is missing, so the files cannot be checked against it")
        return
    try:
        text = read_whole(pack, SUMS).decode("utf-8")
    except UnicodeDecodeError:
        report.fail("SHA256SUMS is not UTF-8 text")
        return
    listed = {}
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if line == "":
            continue
        match = SUM_LINE.match(line)
        if not match:
            report.fail("SHA256SUMS line %d is not a 64-character hash, two spaces and a path: %s" % (number, shown(line[:120])))
            continue
        path = unicodedata.normalize("NFC", match.group(2))
        if not safe_name(path):
            report.fail("SHA256SUMS line %d names an unsafe path (%s); it was not read" % (number, shown(path)))
            continue
        if path in listed:
            report.fail("SHA256SUMS lists %s twice" % shown(path))
            continue
        listed[path] = match.group(1).lower()
    for path, expected in listed.items():
        if path in pack.refused:
            continue
        if path not in pack.files:
            report.fail("%s is listed in SHA256SUMS but is not in the pack" % shown(path))
            continue
        try:
            actual = hash_file(pack, path)
        except READ_ERRORS as error:
            report.fail("%s cannot be read (%s)" % (shown(path), shown(error)))
            continue
        hashes[path] = actual
        if actual == expected:
            report.ok("%s  %s" % (actual, shown(path)))
        else:
            report.fail("%s has changed: its SHA-256 is %s, but SHA256SUMS says %s" % (shown(path), actual, expected))
    for path in sorted(pack.files):
        if path != SUMS and path not in listed:
            report.fail("%s is in the pack but not listed in SHA256SUMS" % shown(path))


# ---------------------------------------------------------------------------------------------------------------
# Steps 2 to 4, from timeline.json.


class Timeline:
    def __init__(self, data):
        self.data = data
        self.number_of = {}  # incident id -> its number in this export
        self.revisions = {}  # (incident id, revision seq) -> the revision's record
        self.records = []  # (incident number, incident id, index, record), in file order
        self.part = False
        self.chain_ok = True
        self.unchecked = set()  # (incident id, revision seq) of revisions whose words this copy cannot re-hash
        self.disclosure_safe = False


def describe_incident(timeline, incident_id):
    number = timeline.number_of.get(incident_id)
    if number is None:
        return "incident id %s" % shown(incident_id)
    return "incident %d, id %s" % (number, shown(incident_id))


def revisions(count):
    return "%d revision%s" % (count, "" if count == 1 else "s")


def check_revisions(timeline, report):
    report.heading("Step 2: every saved version (revision) against its hash")
    data = timeline.data
    counts = {"rehashed": 0, "redacted": 0, "withheld": 0}
    incidents = field(data, "incidents", "list", "timeline")
    disclosure_safe = field(data, "disclosureSafe", "bool", "timeline")
    private_notes = field(data, "privateNotesIncluded", "bool", "timeline")
    timeline.disclosure_safe = disclosure_safe
    if disclosure_safe and private_notes:
        report.fail("the file says it is a disclosure-safe copy, but also that it includes private notes, which a disclosure-safe copy never does")
    seqs_of = {}
    for i, incident in enumerate(incidents):
        where = "incidents[%d]" % i
        incident_id = field(incident, "id", "string", where)
        number = field(incident, "number", "count", where)
        timeline.number_of[incident_id] = number
        for j, record in enumerate(field(incident, "revisions", "list", where)):
            rwhere = "%s.revisions[%d]" % (where, j)
            revision = field(record, "revision", "object", rwhere)
            stated = field(record, "hash", "hash", rwhere)
            withheld = field(record, "withheld", "list", rwhere)
            field(record, "chain", "any", rwhere)
            seq = field(revision, "seq", "count", rwhere + ".revision")
            owner = field(revision, "incidentId", "string", rwhere + ".revision")
            name = "incident %d (id %s), revision %d" % (number, shown(incident_id), seq)
            if owner != incident_id:
                report.fail("%s belongs to another incident (%s)" % (name, shown(owner)))
            key = (owner, seq)
            if key in timeline.revisions:
                report.fail("%s appears twice in timeline.json" % name)
            timeline.revisions[key] = record
            timeline.records.append((number, incident_id, seq, record))
            seqs_of.setdefault((number, incident_id), []).append(seq)
            if withheld:
                if not withheld_allowed(revision, withheld, disclosure_safe, private_notes):
                    report.fail("revision %d of incident %d lists withheld values this copy may not have" % (seq, number))
                    continue
                counts["withheld"] += 1
                timeline.unchecked.add(key)
                report.note(
                    "%s: some values were left out of this copy (%s), so it cannot be re-hashed from this file; "
                    "its hash is checked against the record of changes in step 3" % (name, ", ".join(shown(w) for w in withheld))
                )
                continue
            if revision.get("content", "missing") is None and "deletedHash" in revision:
                deleted = field(revision, "deletedHash", "hash", rwhere + ".revision")
                if stated == deleted:
                    counts["redacted"] += 1
                else:
                    report.fail("%s: its words were permanently deleted, and its hash %s is not the deletedHash %s it kept" % (name, stated, deleted))
                continue
            try:
                computed = sha256_text(canonical(revision))
            except ValueError as error:
                report.fail("%s cannot be written as canonical JSON: it holds %s" % (name, error))
                continue
            if computed == stated:
                counts["rehashed"] += 1
            else:
                report.fail("%s does not match its hash: its contents hash to %s, but the file says %s (it has been changed)" % (name, computed, stated))
    # A copy holds every revision of each incident it shows, so they are numbered 1 to n with no gap.
    for (number, incident_id), seqs in seqs_of.items():
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            report.fail(
                "incident %d (id %s): revision %s is missing; a copy holds every revision of each incident it shows, numbered 1 to %d with no gap"
                % (number, shown(incident_id), ", ".join(str(m) for m in missing), max(seqs))
            )
    if counts["rehashed"] or not counts["withheld"]:
        report.ok("%s re-hashed from their contents, each matching its hash" % revisions(counts["rehashed"]))
    if counts["redacted"]:
        report.ok("%s whose words were permanently deleted keep the hash the record of changes holds" % revisions(counts["redacted"]))
    if counts["withheld"]:
        report.note(
            "%s words could not be checked: values were left out of this copy, so %s can be checked only against "
            "a full copy (the record of changes holds %s hash)"
            % (unchecked_words(counts["withheld"]), "it" if counts["withheld"] == 1 else "they", "its" if counts["withheld"] == 1 else "their")
        )


def unchecked_words(count):
    return "%d revision's" % count if count == 1 else "%d revisions'" % count


def withheld_allowed(revision, withheld, disclosure_safe, private_notes):
    """Whether every path in `withheld` is one this copy's own flags allow, holding exactly the marker."""
    content = revision.get("content")
    if not isinstance(content, dict):
        return False
    for path in withheld:
        if not isinstance(path, str):
            return False
        if path == "content.privateNote":
            if private_notes or content.get("privateNote") != WITHHELD_MARKER:
                return False
            continue
        match = WITNESS_CONTACT.match(path)
        if match is None or not disclosure_safe:
            return False
        witnesses = content.get("witnesses")
        index = int(match.group(1))
        if not isinstance(witnesses, list) or index >= len(witnesses):
            return False
        witness = witnesses[index]
        if not isinstance(witness, dict) or witness.get("contact") != WITHHELD_MARKER:
            return False
    return True


def plain_entry(entry, where):
    return {
        "seq": field(entry, "seq", "count", where),
        "incidentId": field(entry, "incidentId", "string", where),
        "revisionSeq": field(entry, "revisionSeq", "count", where),
        "revisionHash": field(entry, "revisionHash", "hash", where),
        "link": field(entry, "link", "hash", where),
    }


def entry_name(timeline, entry):
    return "chain entry seq %d (%s, revision %d)" % (entry["seq"], describe_incident(timeline, entry["incidentId"]), entry["revisionSeq"])


def check_chain(timeline, report):
    report.heading("Step 3: the record of changes (the chain)")
    data = timeline.data
    raw = field(data, "chain", "list", "timeline")
    head = field(data, "chainHead", "any", "timeline")
    if head is not None:
        head = {"seq": field(data["chainHead"], "seq", "count", "chainHead"), "link": field(data["chainHead"], "link", "hash", "chainHead")}
    entries = []
    for i, item in enumerate(raw):
        where = "chain[%d]" % i
        entry = plain_entry(item, where)
        entry["prev"] = field(item, "prev", "hash", where, optional=True)
        entry["joined"] = field(item, "joined", "object", where, optional=True)
        entry["savedAt"] = field(item, "savedAt", "string", where, optional=True)
        entries.append(entry)
    failures = report.failures
    with_prev = [e for e in entries if e["prev"] is not None]
    timeline.part = len(with_prev) > 0
    if timeline.part and len(with_prev) != len(entries):
        report.fail("some chain entries carry the link before them (prev) and some do not; a copy has one or the other")
    if timeline.part:
        chosen = field(data, "filter", "object", "timeline")
        if not any(chosen.get(key) for key in ("from", "to", "behaviours")):
            report.fail("the file says it is a copy of part of the diary, but no part was chosen")

    if not entries:
        if head is None and not timeline.records:
            report.note("nothing had been saved: the record of changes is empty")
        elif head is not None:
            report.fail("the chain head is entry %d, but the file holds no record of changes" % head["seq"])
        for number, incident_id, seq, record in timeline.records:
            report.fail("incident %d (id %s), revision %d has no entry in the record of changes" % (number, shown(incident_id), seq))
        timeline.chain_ok = report.failures == failures
        return

    # Every entry's link, from the link before it.
    previous = None
    for position, entry in enumerate(entries):
        name = entry_name(timeline, entry)
        if timeline.part:
            if previous is not None and entry["seq"] <= previous["seq"]:
                report.fail("%s comes after entry %d: the entries are out of order" % (name, previous["seq"]))
            before = entry["prev"] if entry["prev"] is not None else ZERO_LINK
            if entry["seq"] == 1 and before != ZERO_LINK:
                report.fail("%s is the first entry, so the link before it must be 64 zeros" % name)
            if previous is not None and entry["seq"] == previous["seq"] + 1 and before != previous["link"]:
                report.fail("%s says the link before it is %s, but entry %d's link is %s" % (name, before, previous["seq"], previous["link"]))
        else:
            if entry["seq"] != position + 1:
                report.fail("%s is in place %d: sequence numbers must run 1, 2, 3 … with no gaps (an entry is missing or moved)" % (name, position + 1))
            before = previous["link"] if previous is not None else ZERO_LINK
        computed = link_of(entry["revisionHash"], before, entry["seq"])
        if computed != entry["link"]:
            report.fail("%s: its link does not follow from the link before it: computed %s, the file says %s" % (name, computed, entry["link"]))
        previous = entry

    # Join entries, and the saves they moved.
    joins = [e for e in entries if e["joined"] is not None]
    if joins and timeline.part:
        report.fail("a part copy does not carry join entries")
    known = {}
    for entry in entries:
        known.setdefault(entry["seq"], set()).add(entry["link"])
    moved = []
    for entry in joins:
        saves = field(entry["joined"], "saves", "list", "chain seq %d joined" % entry["seq"])
        for k, save in enumerate(saves):
            where = "chain seq %d joined.saves[%d]" % (entry["seq"], k)
            was = plain_entry(field(save, "was", "object", where), where + ".was")
            was["savedAt"] = field(save["was"], "savedAt", "string", where + ".was")
            moved.append((entry, k, was, field(save, "revisionSeq", "count", where)))
            known.setdefault(was["seq"], set()).add(was["link"])
    for entry in joins:
        name = "join entry seq %d" % entry["seq"]
        if entry["revisionSeq"] != 0:
            report.fail("%s has revision number %d; a join entry has 0" % (name, entry["revisionSeq"]))
        try:
            join_hash = sha256_text(canonical(entry["joined"]))
        except ValueError as error:
            report.fail("%s cannot be written as canonical JSON: it holds %s" % (name, error))
            join_hash = None
        if join_hash is not None and join_hash != entry["revisionHash"]:
            report.fail("%s: its record of the saves it joined hashes to %s, but its revisionHash is %s" % (name, join_hash, entry["revisionHash"]))
    position_of = dict((id(e), i) for i, e in enumerate(entries))
    unchecked = 0
    for entry, k, was, revision_seq in moved:
        name = "join entry seq %d, save %d (first written as seq %d)" % (entry["seq"], k + 1, was["seq"])
        befores = [ZERO_LINK] if was["seq"] == 1 else sorted(known.get(was["seq"] - 1, set()))
        if not any(link_of(was["revisionHash"], before, was["seq"]) == was["link"] for before in befores):
            report.fail("%s: its link as first written does not follow from any entry with seq %d" % (name, was["seq"] - 1))
        place = position_of[id(entry)] + 1 + k
        follower = entries[place] if place < len(entries) else None
        if (
            follower is None
            or follower["joined"] is not None
            or follower["incidentId"] != was["incidentId"]
            or follower["savedAt"] != was["savedAt"]
            or follower["revisionSeq"] != revision_seq
        ):
            report.fail("%s: the entry %s after the join is not that save" % (name, "%d places" % (k + 1) if k else "right"))
            continue
        if revision_seq == was["revisionSeq"]:
            if follower["revisionHash"] != was["revisionHash"]:
                report.fail("%s: the entry after the join holds the revision hash %s, but the save as first written has %s" % (name, follower["revisionHash"], was["revisionHash"]))
            continue
        # Renumbered: the revision in the file, with its number set back, must be the save as first written.
        key = (was["incidentId"], revision_seq)
        record = timeline.revisions.get(key)
        if record is None:
            report.fail("%s: the revision it was renumbered to (%d) is not in this file" % (name, revision_seq))
            continue
        if record["revision"].get("content", "missing") is None and "deletedHash" in record["revision"]:
            report.note("%s: the words of the revision it was renumbered to (%d) were permanently deleted, so it cannot be set back and re-hashed; its place in the record of changes is still checked" % (name, revision_seq))
            unchecked += 1
            continue
        if key in timeline.unchecked:
            report.note("%s: the revision it was renumbered to (%d) has values left out of this copy, so it cannot be set back and re-hashed here; its place in the record of changes is still checked" % (name, revision_seq))
            unchecked += 1
            continue
        original = dict(record["revision"])
        original["seq"] = was["revisionSeq"]
        try:
            again = sha256_text(canonical(original))
        except ValueError:
            again = None
        if again != was["revisionHash"]:
            report.fail(
                "%s: the revision renumbered %d, set back to %d, does not hash to the save as first written (%s, not %s)"
                % (name, revision_seq, was["revisionSeq"], again, was["revisionHash"])
            )
    if joins and report.failures == failures:
        report.ok(
            "%d join entr%s (repairs of a record that two copies of an older app had forked) %s the saves %s joined%s"
            % (
                len(joins),
                "y" if len(joins) == 1 else "ies",
                "holds" if len(joins) == 1 else "hold",
                "it" if len(joins) == 1 else "they",
                ", apart from the %d noted as not re-hashed here" % unchecked if unchecked else "",
            )
        )

    # Entries against revisions.
    seen = {}
    for entry in entries:
        if entry["joined"] is not None:
            continue
        name = entry_name(timeline, entry)
        key = (entry["incidentId"], entry["revisionSeq"])
        record = timeline.revisions.get(key)
        if record is None:
            report.fail("entry seq %d (%s, revision %d) has no revision in this file" % (entry["seq"], describe_incident(timeline, entry["incidentId"]), entry["revisionSeq"]))
            continue
        if key in seen:
            report.fail("%s is the second entry for that revision (the first is seq %d)" % (name, seen[key]))
            continue
        seen[key] = entry["seq"]
        if record["hash"] != entry["revisionHash"]:
            report.fail("%s holds the revision hash %s, but the revision in the file has %s" % (name, entry["revisionHash"], record["hash"]))
        stated = record["chain"]
        if stated != {"seq": entry["seq"], "link": entry["link"]}:
            report.fail("%s: the revision in the file gives its place in the chain as %s" % (name, shown(json.dumps(stated))))
    for number, incident_id, seq, record in timeline.records:
        if (incident_id, seq) not in seen:
            report.fail("incident %d (id %s), revision %d has no entry in the record of changes" % (number, shown(incident_id), seq))

    last = entries[-1]
    if timeline.part:
        report.note(
            "this is a part copy (some dates or kinds of incident only): each entry's link was recomputed from the "
            "link before it in the diary, but the chain head cannot be recomputed from a part copy; compare it with "
            "a full copy or a head noted earlier"
        )
    elif head is None:
        report.fail("the file gives no chain head, but holds a record of changes")
    elif head["seq"] != last["seq"] or head["link"] != last["link"]:
        report.fail("the chain head is given as entry %d, %s, but the record of changes ends at entry %d, %s" % (head["seq"], head["link"], last["seq"], last["link"]))
    else:
        report.ok("chain head: entry %d, %s" % (head["seq"], head["link"]))
    timeline.chain_ok = report.failures == failures
    if timeline.chain_ok:
        report.ok("all %d entries of the record of changes link up and match the revisions in this file" % len(entries))


def check_exhibits(timeline, pack, report, hashes):
    report.heading("Step 4: every exhibit against the hash recorded when it was added")
    exhibits = field(timeline.data, "exhibits", "list", "timeline")
    in_revisions = set()
    in_checked = set()  # only in revisions whose words were re-hashed
    for number, incident_id, seq, record in timeline.records:
        content = record["revision"].get("content")
        if isinstance(content, dict) and isinstance(content.get("exhibits"), list):
            for ref in content["exhibits"]:
                if isinstance(ref, dict):
                    in_revisions.add(ref.get("sha256"))
                    if (incident_id, seq) not in timeline.unchecked:
                        in_checked.add(ref.get("sha256"))
    if not exhibits:
        report.note("this pack lists no exhibits")
    for i, exhibit in enumerate(exhibits):
        where = "exhibits[%d]" % i
        label = field(exhibit, "number", "string", where)
        path = field(exhibit, "path", "string", where)
        sha = field(exhibit, "sha256", "hash", where)
        incident = field(exhibit, "incidentNumber", "count", where)
        disclosure = field(exhibit, "disclosure", "object", where, optional=True)
        name = "exhibit %s (incident %d, %s)" % (shown(label), incident, shown(path))
        if sha not in in_revisions:
            report.fail("%s: its hash %s is in no revision in this file, so the record of changes does not cover it" % (name, sha))
        expected = sha
        if disclosure is not None and not timeline.disclosure_safe:
            report.fail("%s says it is a disclosure-safe copy, but this copy is not disclosure-safe" % name)
            continue
        if disclosure is not None:
            if disclosure.get("kind") != "cleaned":
                report.note("%s is withheld from this disclosure-safe copy; the full copy holds it" % name)
                continue
            expected = field(disclosure, "sha256", "hash", where + ".disclosure")
        if path not in pack.files:
            report.fail("%s: its file is not in the pack" % name)
            continue
        try:
            actual = hashes.get(path) or hash_file(pack, path)
        except READ_ERRORS as error:
            report.fail("%s cannot be read (%s)" % (name, shown(error)))
            continue
        if actual != expected:
            report.fail("%s has changed: its SHA-256 is %s, but the hash recorded for it is %s" % (name, actual, expected))
        elif disclosure is not None:
            report.note(
                "%s is a cleaned copy (hidden details removed), made at export, with the hash %s; its original's hash "
                "(%s) is in the record of changes, the cleaned copy's is not" % (name, actual, sha)
            )
        elif sha in in_revisions and sha not in in_checked:
            report.note(
                "%s: %s, as given in this file, but only revisions whose words could not be checked refer to it, so "
                "its hash can be confirmed only against a full copy" % (name, actual)
            )
        else:
            report.ok("%s: %s, as recorded when it was added" % (name, actual))


# ---------------------------------------------------------------------------------------------------------------
# Receipt codes.


def read_receipt(code):
    """(seq, first 80 bits of the link as 20 hex characters), or a reason the code cannot be read."""
    text = re.sub(r"[\s-]", "", code).upper().replace("O", "0").replace("I", "1").replace("L", "1")
    if len(text) < 18 or not re.match(r"^[0-9]+$", text[:-17]) or any(ch not in CROCKFORD for ch in text):
        return None, "it is not laid out as N-AAAA-BBBB-CCCC-DDDD-K"
    body, check = text[:-1], text[-1]
    total = 0
    for i, ch in enumerate(reversed(body)):
        value = CROCKFORD.index(ch)
        if i % 2 == 0:
            value *= 2
        total += value // 32 + value % 32
    if CROCKFORD[(32 - total % 32) % 32] != check:
        return None, "its check character does not match, so it was written down or typed wrongly"
    bits = 0
    for ch in text[-17:-1]:
        bits = (bits << 5) | CROCKFORD.index(ch)
    return (int(text[:-17]), "%020x" % bits), None


def check_receipt(code, timeline, report):
    report.heading("Receipt code %s" % shown(code))
    parsed, reason = read_receipt(code)
    if parsed is None:
        report.fail("the receipt code cannot be read: %s" % reason)
        return
    seq, prefix = parsed
    if timeline is None or timeline.part:
        report.fail("a receipt code can be confirmed only against a copy of the whole record of changes")
        return
    if not timeline.chain_ok:
        report.fail("the record of changes did not check out above, so the receipt code cannot be confirmed against it")
        return
    links = []
    for item in timeline.data["chain"]:
        links.append((item["seq"], item["link"]))
        for save in (item.get("joined") or {}).get("saves", []):
            links.append((save["was"]["seq"], save["was"]["link"]))
    if any(s == seq and link.startswith(prefix) for s, link in links):
        if timeline.unchecked:
            report.note(
                "this log still holds the log the receipt code was made from (entry %d), but %s words can only be "
                "checked against a full copy" % (seq, unchecked_words(len(timeline.unchecked)))
            )
        else:
            report.ok("this log still holds the log the receipt code was made from (entry %d)" % seq)
    else:
        report.fail("this log does not hold the log the receipt code was made from: no entry %d has a link beginning %s" % (seq, prefix))


# ---------------------------------------------------------------------------------------------------------------


def run(target, receipt):
    report = Report()
    if os.path.isdir(target):
        pack = FolderPack(target)
    elif os.path.isfile(target):
        pack = ZipPack(target)
    else:
        raise Refused("%s is neither a folder nor a file" % target)
    print("Checking the evidence pack in %s" % shown(pack.label))
    print("(following the method in VERIFY.txt; this program does not use the app's own code)")
    hashes = {}
    check_sums(pack, report, hashes)
    timeline = None
    if TIMELINE not in pack.files:
        report.heading("Steps 2 to 4")
        why = "was not read (see above)" if TIMELINE in pack.refused else "is missing"
        report.fail("timeline.json %s, so the revisions, the chain and the exhibits cannot be checked" % why)
    else:
        try:
            data = parse_json(read_whole(pack, TIMELINE))
            if not isinstance(data, dict) or data.get("type") != "waymark-timeline":
                raise Refused("timeline.json is not a Waymark timeline")
            if data.get("version") != 1:
                raise Refused("timeline.json is version %s; this checker reads version 1" % shown(json.dumps(data.get("version"))))
            timeline = Timeline(data)
            check_revisions(timeline, report)
            check_chain(timeline, report)
            check_exhibits(timeline, pack, report, hashes)
        except Refused as error:
            report.heading("Steps 2 to 4")
            report.fail(str(error))
            timeline = None
        except Malformed as error:
            report.fail("timeline.json is not laid out as VERIFY.txt describes: at %s, %s" % (shown(error.where), error.expected))
            timeline = None
    if receipt is not None:
        check_receipt(receipt, timeline, report)
    print("")
    if report.failures == 0:
        if timeline is not None and timeline.part:
            ending = (
                "The entries shown in this part copy check out: %d checks passed, none failed; but nothing in a part "
                "copy can show what was left out of it." % report.oks
            )
        else:
            ending = "Everything holds: %d checks passed, none failed." % report.oks
        if timeline is not None and timeline.unchecked:
            words = unchecked_words(len(timeline.unchecked))
            if timeline.part:
                ending = ending[:-1] + ", and %s words could not be checked from this copy (see NOTE above)." % words
            else:
                ending = (
                    "Everything that could be checked holds: %d checks passed, none failed; but %s words could not "
                    "be checked from this copy, only against a full copy (see NOTE above)." % (report.oks, words)
                )
        print(ending)
        return 0
    print("NOT VERIFIED: %d problem%s found (listed above as FAIL); %d checks passed." % (report.failures, "" if report.failures == 1 else "s", report.oks))
    return 1


def main(argv):
    if sys.version_info < (3, 8):
        print("verify.py needs Python 3.8 or later; this is Python %d.%d. Nothing was checked." % sys.version_info[:2])
        return 2
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    parser = argparse.ArgumentParser(
        prog="verify.py",
        description="Checks a Waymark evidence pack (a folder or the zip) without Waymark, as VERIFY.txt describes.",
    )
    parser.add_argument("pack", nargs="?", default=os.path.dirname(os.path.abspath(__file__)), help="the pack folder or zip (default: the folder this file is in)")
    parser.add_argument("--receipt", metavar="CODE", help="a receipt code, e.g. 214-7KQ2-M9XD-4HF3-R2B8-Q, to confirm against this pack")
    args = parser.parse_args(argv)
    try:
        return run(args.pack, args.receipt)
    except Refused as error:
        print("")
        print("NOT VERIFIED: " + shown(str(error)))
        return 2
    except READ_ERRORS + (MemoryError,) as error:
        print("")
        print("NOT VERIFIED: the pack could not be read (%s)" % shown(error))
        return 2
    except Exception as error:  # never a traceback: say what stopped the check
        print("")
        print("NOT VERIFIED: the check stopped on something it did not expect (%s: %s)" % (type(error).__name__, shown(error)))
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
