import re
import subprocess
import sys
from pathlib import Path

from pipeline.cli import build_parser, main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action, action.choices


def test_every_command_is_in_the_readme_and_has_help():
    action, choices = _commands()
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    assert set(choices) >= {"run", "check", "inspect", "evaluate"}
    for name in choices:
        assert helps.get(name), f"command {name} has no help text"
        assert re.search(rf"reactiematrix {name}\b", README), f"README does not show 'reactiematrix {name}'"


def test_readme_has_exactly_two_setup_commands():
    blocks = re.findall(r"```(?:bash|sh|console)\n(.*?)```", README.split("## Set-up")[1].split("\n## ")[0], re.S)
    assert len(blocks) == 2
    assert "reactiematrix run" in blocks[0] and "pytest" in blocks[1]
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip().splitlines()[-1].lstrip("$ ").strip() in ci


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    assert "run" in result.stdout and "inspect" in result.stdout


def test_bad_input_gives_one_line_naming_the_file_and_exit_1(tmp_path, capsys):
    not_pdf = tmp_path / "brief.pdf"
    not_pdf.write_text("dit is geen pdf")
    code = main(["run", str(not_pdf), str(not_pdf), "--out", str(tmp_path / "out"), "--encoder", "hashing", "--quiet"])
    error = capsys.readouterr().err.strip()
    assert code == 1
    assert len(error.splitlines()) == 1 and str(not_pdf) in error
    assert not (tmp_path / "out").exists()
