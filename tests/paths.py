"""Where the tests and benchmarks find the reports: the project's seed, and ../shared."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The public reports live beside the checkout (../shared), in CI as on a workstation.
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
SHARED_CORPUS = SHARED / "corpus"
CORPUS = ROOT / "corpus"  # the demo archive, held-out reports among them
SEED = CORPUS / "pingzhang_2020.txt"
