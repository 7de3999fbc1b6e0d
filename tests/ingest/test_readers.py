from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import read_path, read_paths
from flashpoint.schema import make_doc_id


def test_text_file_with_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("US strikes Baghdad\n\nA US drone strike hit Baghdad on Thursday.\n")
    [doc] = list(read_path(path))
    assert doc.title == "US strikes Baghdad"
    assert doc.text == "A US drone strike hit Baghdad on Thursday."
    assert doc.doc_id == make_doc_id(doc.text)


def test_text_file_without_title_keeps_first_sentence(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("Iraq condemned the strike.\n\nIt called it a violation.\n")
    [doc] = list(read_path(path))
    assert doc.title is None
    assert doc.text.startswith("Iraq condemned the strike.")


def test_markdown_heading_is_title(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text("# Talks in Doha\n\nQatar hosted talks.\n")
    [doc] = list(read_path(path))
    assert doc.title == "Talks in Doha"


def test_jsonl_keeps_ids_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    rows = [
        {
            "id": "a1",
            "text": "Iraq condemned the strike.",
            "pub_date": "2024-01-05",
            "title": "T",
            "url": "https://example.org/a",
            "publisher": "P",
        },
        {"text": "Jordan condemned the attack."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = list(read_path(path))
    assert [d.doc_id for d in docs] == ["a1", make_doc_id("Jordan condemned the attack.")]
    assert docs[0].pub_date == "2024-01-05"
    assert (docs[0].title, docs[0].url, docs[0].publisher) == ("T", "https://example.org/a", "P")


def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n{"text": broken\n')
    reader = read_path(path)
    assert next(reader).text == "fine"  # the good line before the bad one was read
    with pytest.raises(InputError) as err:
        next(reader)
    assert err.value.code == "E001"
    assert f"{path}:2" in str(err.value)


def test_jsonl_without_text_field(tmp_path: Path) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text('{"body": "x"}\n')
    with pytest.raises(InputError, match=r"notext.jsonl:1.*'text'"):
        list(read_path(path))


def test_bad_pub_date_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "date.jsonl"
    path.write_text('{"text": "x y", "pub_date": "last Tuesday"}\n')
    with pytest.raises(InputError) as err:
        list(read_path(path))
    assert err.value.code == "E005"


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    """The reader yields the first record before it has read the rest of the file."""
    from flashpoint.ingest.jsonl import read_jsonl_stream

    consumed = []

    def lines():
        for n in range(1000):
            consumed.append(n)
            yield json.dumps({"text": f"line {n}"}) + "\n"

    stream = read_jsonl_stream(lines(), Path("x.jsonl"))
    first = next(stream)
    assert first.text == "line 0"
    assert len(consumed) == 1


def test_csv_reader(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text(
        'id,text,pub_date\nx1,"Iraq condemned the strike, officials said.",2024-01-05\n'
    )
    [doc] = list(read_path(path))
    assert (doc.doc_id, doc.pub_date) == ("x1", "2024-01-05")
    assert doc.text == "Iraq condemned the strike, officials said."


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,body\n1,x\n")
    with pytest.raises(InputError) as err:
        list(read_path(path))
    assert err.value.code == "E006"
    assert "bad.csv:1" in str(err.value)


def test_html_main_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = " ".join(["The Iraqi government condemned the US strike in Baghdad."] * 4)
    path.write_text(
        "<html><head><title>Strike in Baghdad</title></head><body>"
        "<nav>Home | World | Sport</nav>"
        f"<article><h1>Strike in Baghdad</h1><p>{body}</p>"
        "<p>Officials said the attack killed a militia commander.</p></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    [doc] = list(read_path(path))
    assert "condemned the US strike" in doc.text
    assert "Copyright" not in doc.text and "Home | World" not in doc.text


def test_folder_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second text.")
    (tmp_path / "a.txt").write_text("First text.")
    (tmp_path / "sub" / "c.txt").write_text("Third text.")
    (tmp_path / "ignored.pdf").write_text("not read")
    texts = [d.text for d in read_path(tmp_path)]
    assert texts == ["First text.", "Second text.", "Third text."]


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        list(read_path(tmp_path / "x.pdf"))
    assert err.value.code == "E003"
    path = tmp_path / "x.pdf"
    path.write_text("x")
    with pytest.raises(InputError) as err:
        list(read_path(path))
    assert err.value.code == "E004"


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Iraq condemned the strike."))
    [doc] = list(read_paths(["-"], pub_date="2024-01-05"))
    assert doc.text == "Iraq condemned the strike." and doc.pub_date == "2024-01-05"
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "s1", "text": "Jordan protested."}\n'))
    [doc] = list(read_paths(["-"]))
    assert doc.doc_id == "s1"
