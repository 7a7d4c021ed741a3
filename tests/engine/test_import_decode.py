"""Reading bytes: encodings, line endings, tabs, unreadable input, a 5 MB file."""

import time

import pytest

from draftdesk.engine.importing import ImportFailed, decode_document, import_text

HEADER = "TITLE LINE\n\nCONCLUSIONS\n\nBelgrade, 2 December 2011\n\nConsidering the positions\n\n"


def test_utf8_with_bom_and_crlf_and_tabs() -> None:
    text = decode_document("\ufeffA\tb\r\nc\rd\fe".encode())
    assert text == "A b\nc\nd\fe"  # a form feed stays: the importer cuts pages there


def test_cp1252_fallback() -> None:
    assert decode_document("Gesellschaft f\u00fcr \u2013 \u201cx\u201d".encode("cp1252")) == (
        "Gesellschaft f\u00fcr \u2013 \u201cx\u201d"
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_as_word_and_notepad_save_unicode_with_or_without_bom(encoding: str) -> None:
    source = "The General Assembly,\r\n\r\nRecalling its resolution 79/1 \u2013 \u201cPact\u201d,\r\n"
    assert decode_document(source.encode(encoding)) == source.replace("\r\n", "\n")


def test_a_binary_file_with_a_utf16_mark_is_refused_with_the_way_out() -> None:
    with pytest.raises(ImportFailed, match="save it as UTF-8"):
        decode_document(b"\xff\xfe" + b"\x00\xd8" * 20)  # lone surrogates: not UTF-16 text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"abc\x00def", "binary"), (bytes(range(1, 32)) * 10, "not text")],
)
def test_unreadable_input_fails_with_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailed, match=reason) as info:
        decode_document(data)
    assert "\n" not in str(info.value)


def test_unknown_layout_fails() -> None:
    with pytest.raises(ImportFailed, match="unknown layout"):
        import_text("just some words\n", slug="x")


def test_crlf_cp1252_conclusions_import() -> None:
    source = (HEADER + "Agreed upon the following:\r\n\r\n1.\tWelcome the f\u00fcr work;\r\n").replace(
        "\n", "\r\n"
    )
    draft = import_text(decode_document(source.encode("cp1252")), slug="x").draft
    assert [(p.kind, p.text) for p in draft.paragraphs][-1] == ("operative", "Welcome the f\u00fcr work;")


def test_five_megabyte_file_imports_in_seconds() -> None:
    """A guard against work that grows faster than the text (a quadratic step takes minutes here), in
    CPU time so that a loaded machine does not fail it; the speed figure is benchmarks/import.py's."""
    item = "Encourage the members to participate in the established networks and regional bodies;"
    lines = [f"{n}. {item}" for n in range(1, 60_000)]
    data = (HEADER + "Agreed upon the following:\n\n" + "\n".join(lines) + "\n").encode()
    assert len(data) > 5_000_000
    start = time.process_time()
    draft = import_text(decode_document(data), slug="big").draft
    elapsed = time.process_time() - start
    assert len(draft.paragraphs) == len(lines) + 2
    assert elapsed < 12, f"5 MB import took {elapsed:.2f} s of CPU"
