import subprocess
import sys

import warta


def test_python_dash_m_warta_is_the_command():
    out = subprocess.run([sys.executable, "-m", "warta", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"warta {warta.__version__}"
