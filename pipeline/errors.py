"""Errors a user can fix.  Each message is one line that names the file or folder and says what to do about it.

The CLI prints ``error: <message>`` for any ``ReactiematrixError`` and exits 1; anything else is a bug and surfaces
with its traceback.
"""
from __future__ import annotations

from pathlib import Path


class ReactiematrixError(Exception):
    """A problem with a file or folder the user gave.  ``reason`` is a short machine-readable code."""

    reason = "error"

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {' '.join(message.split())}")  # one line, whatever a library's text held


class InputError(ReactiematrixError):
    """An input file the pipeline cannot use: not a readable text PDF, or not the document its position expects."""

    reason = "input"


class OutputFolderError(ReactiematrixError):
    """The output folder cannot be written, or holds files a run would replace that are not its own."""

    reason = "output"


class NotAFileError(InputError):
    reason = "not_a_file"

    def __init__(self, path: str | Path):
        super().__init__(path, "is a folder, not a file; pass the PDF inside it.")


class UnreadableFileError(InputError):
    reason = "unreadable"

    def __init__(self, path: str | Path, error: OSError):
        super().__init__(path, f"cannot be read ({error.strerror or error}); check the file's permissions, or copy "
                               "it somewhere readable.")


class FileMissingError(InputError):
    reason = "missing"

    def __init__(self, path: str | Path):
        super().__init__(path, "file not found; check the path (relative paths are resolved from the current "
                               "directory).")


class EmptyFileError(InputError):
    reason = "empty"

    def __init__(self, path: str | Path):
        super().__init__(path, "file is empty (0 bytes); download or export the PDF again.")


class NotPdfError(InputError):
    reason = "not_pdf"

    def __init__(self, path: str | Path, head: bytes = b""):
        super().__init__(path, f"not a PDF (starts with {head[:8]!r}, expected b'%PDF-'); pass the PDF itself, "
                               "or convert the document to PDF first.")


class CorruptPdfError(InputError):
    reason = "corrupt"

    def __init__(self, path: str | Path, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(path, f"PDF is truncated or damaged{extra}; download it again, or try repairing it with "
                               "`qpdf in.pdf repaired.pdf`.")


class EncryptedPdfError(InputError):
    reason = "encrypted"

    def __init__(self, path: str | Path):
        super().__init__(path, "PDF is encrypted / password protected; decrypt it first, e.g. "
                               "`qpdf --decrypt --password=PASSWORD in.pdf out.pdf`, and pass out.pdf.")


class NoTextLayerError(InputError):
    reason = "no_text"

    def __init__(self, path: str | Path, chars_per_page: float, why: str = ""):
        command = "ocrmypdf --force-ocr in.pdf out.pdf" if why else "ocrmypdf in.pdf out.pdf"
        why = why or f"{chars_per_page:.0f} characters per page on average; is it a scan?"
        super().__init__(path, f"PDF has no usable text layer ({why}); run OCR first, e.g. `{command}`, "
                               "and pass out.pdf.")


class TooManyPagesError(InputError):
    reason = "too_many_pages"

    def __init__(self, path: str | Path, pages: int, max_pages: int):
        super().__init__(path, f"PDF has {pages} pages, more than max_pages={max_pages}; if this is the right file, raise "
                               "the limit with --max-pages N (CLI) or extract(path, max_pages=N); None means no limit.")


# ---------------------------------------------------------------------------- the pair does not fit together
class SameDocumentError(InputError):
    reason = "same_document"

    def __init__(self, response: str | Path, report: str | Path):
        super().__init__(response, f"is the same document as the report {report} (same sha256); pass the report "
                                   "first and the government's response to it second.")


class NoRecommendationsError(InputError):
    reason = "no_recommendations"

    def __init__(self, report: str | Path):
        super().__init__(report, "no recommendations found. Check that the report comes first and the response "
                                 "second (they may be swapped), and that the report has a text layer.")


class SwappedInputsError(InputError):
    reason = "swapped"

    def __init__(self, report: str | Path, response: str | Path, found: int, quoted: int):
        super().__init__(report, f"only {found} recommendation(s) found here but {quoted} in the response "
                                 f"{response}; the two files look swapped: pass the report first and the response "
                                 "second.")


class NoPassagesError(InputError):
    reason = "no_passages"

    def __init__(self, response: str | Path):
        super().__init__(response, "no text passages found in the response; does it have a text layer?")
