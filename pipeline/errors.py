"""Errors for input the pipeline cannot use.  Each message names the file and says what to do about it."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """The input file cannot be read as a text PDF.  ``reason`` is a short machine-readable code."""

    reason = "input"

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")


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
