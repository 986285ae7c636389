"""A bounded load on a running server: N clients on loopback, each asking in a loop."""
import statistics
import threading
import time

import requests


def percentile(values, share):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summarize(latencies_ms):
    return {"count": len(latencies_ms),
            "p50_ms": round(percentile(latencies_ms, 0.50), 2) if latencies_ms else None,
            "p95_ms": round(percentile(latencies_ms, 0.95), 2) if latencies_ms else None,
            "p99_ms": round(percentile(latencies_ms, 0.99), 2) if latencies_ms else None,
            "mean_ms": round(statistics.fmean(latencies_ms), 2) if latencies_ms else None,
            "max_ms": round(max(latencies_ms), 2) if latencies_ms else None}


def run_load(url, questions, clients=50, seconds=30.0):
    """Each client posts the questions in turn until time is up; returns counts and latencies."""
    stop = time.monotonic() + seconds
    results = {"figure": [], "passage": [], "none": []}
    errors = []
    lock = threading.Lock()

    def client(offset):
        session = requests.Session()
        i = offset
        while time.monotonic() < stop:
            question = questions[i % len(questions)]
            i += 1
            started = time.perf_counter()
            try:
                response = session.post(url + "/api/ask", json={"question": question}, timeout=60)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    raise RuntimeError(f"HTTP {response.status_code}")
                kind = response.json()["kind"]
                with lock:
                    results[kind].append(elapsed)
            except Exception as exc:  # every failure is counted, none stops the run
                with lock:
                    errors.append(f"{question}: {exc}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    everything = [ms for values in results.values() for ms in values]
    return {"clients": clients, "seconds": round(wall, 2), "requests": len(everything) + len(errors),
            "errors": len(errors), "error_samples": errors[:5],
            "throughput_rps": round(len(everything) / wall, 1),
            "all": summarize(everything), **{kind: summarize(ms) for kind, ms in results.items()}}
