"""publish: OCR-style plain text to a PDF booklet, an EPUB 3 edition and an HTML preview."""

__version__ = "0.1.0"
