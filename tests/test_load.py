"""50 concurrent clients for 30 s against the real server (waitress) on loopback: no errors."""
import json
import os

from conftest import ARTIFACTS
from load import run_load

SECONDS = float(os.environ.get("NIANBAO_LOAD_SECONDS", "30"))
QUESTIONS = ["2020年政府集中采购项目有多少个", "洪泽区2023年行政处罚决定数量", "how many procurement items in 2020",
             "行政许可处理决定数量 2021 到 2024 的变化", "平掌乡存在的主要问题", "洪泽区如何加强政务新媒体管理",
             "2022年政府集中采购项目有多少个", "compare 行政复议总数 of 洪泽区 across years"]


def test_fifty_clients_for_thirty_seconds(server):
    report = run_load(server, QUESTIONS, clients=50, seconds=SECONDS)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "load.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print("\nload:", json.dumps({k: report[k] for k in ("requests", "errors", "throughput_rps", "all")}))
    assert report["errors"] == 0, report["error_samples"]
    assert report["requests"] > 50
    assert report["figure"]["count"] and report["passage"]["count"] and report["none"]["count"]
