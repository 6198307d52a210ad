"""`run` accepts URLs: downloaded into data/raw/ first, one clear error when that fails."""
import http.server
import threading
from functools import partial

import pytest

from pipeline.errors import InputError
from pipeline.io import fetch_if_url
from pipeline.config import DEFAULT_REPORT


@pytest.fixture()
def pdf_server():
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(DEFAULT_REPORT.parent))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_url_is_downloaded_into_the_raw_folder(pdf_server, tmp_path):
    local = fetch_if_url(f"{pdf_server}/{DEFAULT_REPORT.name}", raw_dir=tmp_path)
    assert local == tmp_path / DEFAULT_REPORT.name
    assert local.read_bytes() == DEFAULT_REPORT.read_bytes()


def test_a_path_stays_a_path(tmp_path):
    assert fetch_if_url(str(DEFAULT_REPORT), raw_dir=tmp_path) == DEFAULT_REPORT
    assert list(tmp_path.iterdir()) == []


def test_no_network_gives_one_clear_error_and_writes_nothing(tmp_path):
    with pytest.raises(InputError) as error:
        fetch_if_url("http://127.0.0.1:9/kst-30950-434.pdf", raw_dir=tmp_path)
    message = str(error.value)
    assert message.startswith("http://127.0.0.1:9/kst-30950-434.pdf: could not download")
    assert "pass its path" in message
    assert list(tmp_path.iterdir()) == []
