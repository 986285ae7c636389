"""The `nianbao` command: index reports, serve the chat, ask from the shell."""
import argparse
import json
import os
import sys
import threading


def _data_arg(parser):
    from indexer.store import data_dir_from_env  # not from the Flask app: `index` does not import Flask

    parser.add_argument("--data", default=data_dir_from_env(),
                        help="data directory (default: $NIANBAO_DATA or ./data)")


def _fail(command, reason) -> int:
    from indexer.names import printable

    print(f"nianbao {command}: {printable(reason)}", file=sys.stderr)
    return 2


def cmd_index(args) -> int:
    from indexer.names import printable
    from indexer.pipeline import index_paths
    from indexer.store import ArchiveError, IndexBusy

    try:
        summary = index_paths(args.paths, args.data, progress=not args.quiet, model_process=True)
    except (IndexBusy, ArchiveError) as exc:
        return _fail("index", str(exc))
    for o in summary.outcomes:  # paths are printed escaped: a name cannot forge a line or move the cursor
        if o.status == "rejected":
            print(f"rejected: {o.path}: {printable(o.reason)}", file=sys.stderr)
        elif o.status in ("duplicate", "skipped"):
            print(f"skipped: {o.path}: {printable(o.reason)}", file=sys.stderr)
        elif o.reason:
            print(f"{o.status}: {o.path}: {printable(o.reason)}", file=sys.stderr)
        for problem in o.problems:
            print(f"warning: {o.path}: {printable(problem)}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary.line())
    return 0


def _holder(args, command):
    """The archive named by --data, or None after printing why there is none to read."""
    from indexer.store import ArchiveError

    from .archive import ArchiveHolder

    try:
        holder = ArchiveHolder(args.data, must_exist=True)
        holder.get()
        return holder
    except ArchiveError as exc:
        _fail(command, str(exc))
        return None


def cmd_serve(args) -> int:
    from indexer.embed import load_model, warm_shapes
    from indexer.store import ArchiveError

    from .app import create_app
    from .archive import settle_memory
    from .serving import serve
    from .translate import warm_up

    holder = _holder(args, "serve")
    if holder is None:
        return 2
    app = create_app(holder=holder)
    # The server listens once the archive is loaded: figures need no model. The embedding
    # model and the English dictionary load meanwhile (seconds); a passage question asked
    # before they are ready waits for them (both load under a lock), it is never refused.
    # (the model's fixed shapes last: a question that comes first does not wait for them)
    threading.Thread(target=lambda: (load_model(warm=False), warm_up(), warm_shapes(), settle_memory()),
                     name="nianbao-warm-up", daemon=True).start()
    try:
        archive = app.extensions["nianbao"].get()
    except ArchiveError as exc:
        return _fail("serve", str(exc))
    print(f"nianbao: {len(archive.reports)} report(s) from {os.path.abspath(args.data)}; "
          f"chat at http://{args.host}:{args.port}/", flush=True)
    serve(app, args.host, args.port, args.threads)
    return 0


def cmd_status(args) -> int:
    from indexer.schema import connect
    from indexer.store import describe

    holder = _holder(args, "status")
    if holder is None:
        return 2
    if not holder.data.db_path.exists():
        print(json.dumps({"reports": 0}))
        return 0
    conn = connect(holder.data.db_path, readonly=True)
    info = describe(conn)
    info["bytes"] = sum(f.stat().st_size for f in holder.data.root.rglob("*") if f.is_file())
    print(json.dumps(info, indent=2))
    return 0


def _print_answer(result):
    print(result.get("answer", ""))
    for f in result["figures"]:
        src = f["source"]
        print(f"  {f['display']}  ← {f['agency']} {f['year']} {f['row_label']} · {f['column_label']}"
              f"  [{src['file_name']} p.{src['page']}  {src['url']}]")
        for check in f["checks"]:
            print(f"    ! {check['detail']}")
    for p in result["passages"]:
        print(f"  「{p['text']}」\n    — {p['agency']} {p['year']}, {p['file_name']} p.{p['page']}  {p['url']}")
    for link in result.get("links") or []:  # a comparison's, a roll-up's, the failing reports' pages
        print(f"  → {link['label']}  {link['url']}")


def cmd_ask(args) -> int:
    from indexer.store import ArchiveError

    from .answer import answer

    holder = _holder(args, "ask")
    if holder is None:
        return 2
    try:
        result = answer(holder.get(), args.question)
    except ArchiveError as exc:
        return _fail("ask", str(exc))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_answer(result)
    return 0


MAX_REFUSED_SHARE = 0.05  # answerable tricky questions refused: the bound


def cmd_eval(args) -> int:
    from .evaluate import evaluate, load_gold

    try:
        items = load_gold(args.gold)
    except (OSError, ValueError) as exc:
        print(f"nianbao eval: {exc}", file=sys.stderr)
        return 2
    holder = _holder(args, "eval")
    if holder is None:
        return 2
    questions, cells, forms, tricky, passages = evaluate(holder.get(), items)
    for failure in passages.failures:
        print(f"PASSAGE MISS {failure['question']}: {failure['detail']}", file=sys.stderr)
    for failure in tricky.failures:
        print(f"{failure['verdict'].upper()} {failure['question']}: expected {failure['expect']}; got {failure['detail']}",
              file=sys.stderr)
    for score in (questions, cells):
        for failure in score.failures:
            what = failure.get("question") or "{file} {table}.{row}.{col}".format(**failure)
            print(f"FAIL {what}: expected {failure.get('value')} (page {failure.get('page')}); "
                  f"{failure['detail']}", file=sys.stderr)
    wrong = sum(f.wrong for f in forms.values())
    if args.json:
        print(json.dumps({"questions": {"passed": questions.passed, "total": questions.total},
                          "cells": {"passed": cells.passed, "total": cells.total},
                          "forms": {k: v.__dict__ for k, v in forms.items()}, "wrong_cells": wrong,
                          "tricky": {k: v for k, v in tricky.__dict__.items() if k != "failures"},
                          "passages": {k: v for k, v in passages.__dict__.items() if k != "failures"},
                          "failures": questions.failures + cells.failures}, ensure_ascii=False, indent=2))
    else:
        print(questions.line("questions"))
        print(cells.line("cells"))
        if forms:
            print("cells by form (every indexed form of a report against that report's gold cells):")
            for form, score in forms.items():
                print(score.line(form))
        print(f"wrong cells: {wrong}")
        if tricky.right + tricky.wrong + tricky.refused:
            for line in tricky.lines():
                print(line)
        for line in passages.lines():
            print(line)
    refused_share = tricky.refused / tricky.answerable if tricky.answerable else 0.0
    ok = not (questions.failures or cells.failures or wrong or tricky.wrong) and refused_share < MAX_REFUSED_SHARE
    return 0 if ok else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="nianbao", description="年报问答: questions over government "
                                     "information-disclosure annual reports")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="index report files (PDF, web page, Word, text, Markdown) or folders of them")
    p.add_argument("paths", nargs="*", help="files and folders; none to only finish, convert or repair the archive")
    _data_arg(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the outcome per file as JSON")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("serve", help="serve the chat page and the API")
    _data_arg(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--threads", type=int, default=8)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("ask", help="ask one question and print the answer")
    p.add_argument("question")
    _data_arg(p)
    p.add_argument("--json", action="store_true", help="print the full answer as JSON")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("status", help="what the archive holds, as JSON")
    _data_arg(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("eval", help="score answers and extracted cells against gold JSONL files")
    p.add_argument("gold", nargs="+", help="JSONL files: question lines and/or cell lines")
    _data_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    args = parser.parse_args(argv)
    return args.func(args)


def _output_closed() -> bool:
    """Whether whatever reads this process's output has gone (a pipe whose reader closed it)."""
    import select

    poller = select.poll()
    poller.register(sys.stdout.fileno(), select.POLLOUT)
    return any(event & select.POLLERR for _, event in poller.poll(0))


def run() -> None:
    """The `nianbao` console command. Once a command is done, the process ends without Python's
    own shutdown: tearing down torch, transformers and scikit-learn takes 1-2 s on this
    machine, a tenth of adding one report from the command line, and a model still loading in
    its thread (a run that found nothing new) is not waited for. By then every write is
    committed and the archive closed; only output and logs are left to flush, and they are
    flushed here."""
    import logging

    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError as exc:
        if _output_closed():  # `nianbao status | head`: the reader has gone, nothing is lost
            code = 0
        else:  # a pipe to a helper process (a reader worker, the model's process) broke: not silent
            print(f"nianbao: a helper process could not be started or ended unexpectedly ({exc})", file=sys.stderr)
            code = 2
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    run()
