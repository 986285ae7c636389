// The chat page. Everything from the server (report text, labels, questions) is put into
// the page as text nodes, never as HTML, so report content cannot inject markup.
"use strict";

const state = { history: [] };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only our own relative links are followed; anything else is shown as plain text.
function safeHref(url) {
  return typeof url === "string" && url.startsWith("/source/") ? url : null;
}

function sourceLink(url, text) {
  const href = safeHref(url);
  return href ? el("a", { href, target: "_blank", rel: "noopener", class: "source-link" }, text) : el("span", {}, text);
}

function isZh(answer) { return answer.lang === "zh"; }

function renderFigures(answer) {
  const zh = isZh(answer);
  const box = el("div", { class: "figures" });
  for (const f of answer.figures) {
    const src = f.source;
    const checks = (f.checks || []).map((c) =>
      el("p", { class: "check-failed" }, zh ? "⚠ 报告自身合计不一致：" : "⚠ The source's own totals disagree: ", c.detail));
    box.append(el("div", { class: "figure", dataset: { table: f.table, row: f.row, column: f.column, year: String(f.year) } },
      el("div", { class: "figure-value" }, f.display),
      el("div", { class: "figure-label" },
        [zh ? f.agency : f.agency_en, String(f.year), f.row_label, f.column_label].join(" · ")),
      el("div", { class: "figure-source" },
        zh ? "出处：" : "Source: ",
        sourceLink(src.url, zh ? `${src.file_name} 第 ${src.page} 页` : `${src.file_name}, page ${src.page}`),
        el("span", { class: "muted" }, ` · ${f.table_label}`)),
      checks));
  }
  return box;
}

function renderPassages(answer) {
  const zh = isZh(answer);
  return el("div", { class: "passages" }, answer.passages.map((p) =>
    el("figure", { class: "passage" },
      el("blockquote", {}, p.text),
      el("figcaption", {},
        `${zh ? p.agency : p.agency_en} · ${p.year} · ${p.section} · `,
        sourceLink(p.url, zh ? `${p.file_name} 第 ${p.page} 页` : `${p.file_name}, page ${p.page}`)))));
}

function renderAnswer(answer) {
  const node = el("div", { class: `answer kind-${answer.kind}` }, el("p", { class: "answer-text" }, answer.answer || ""));
  if (answer.kind === "figure") node.append(renderFigures(answer));
  if (answer.kind === "passage") node.append(renderPassages(answer));
  return node;
}

function addMessage(node) {
  const log = document.getElementById("log");
  const hint = log.querySelector(".hint");
  if (hint) hint.remove();
  log.append(node);
  node.scrollIntoView({ block: "end" });
}

async function ask(question) {
  addMessage(el("div", { class: "question" }, question));
  const pending = el("div", { class: "answer pending" }, "…");
  addMessage(pending);
  const button = document.getElementById("send");
  button.disabled = true;
  try {
    const response = await fetch("/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question, history: state.history.slice(-6) }),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || response.statusText);
    pending.replaceWith(renderAnswer(answer));
    state.history.push({ question, scope: answer.scope, figures: (answer.figures || []).length });
  } catch (error) {
    pending.replaceWith(el("div", { class: "answer error" }, `出错了 / Error: ${error.message}`));
  } finally {
    button.disabled = false;
  }
}

async function loadReports() {
  const list = document.getElementById("reports");
  try {
    const response = await fetch("/api/reports");
    const data = await response.json();
    list.replaceChildren(...(data.reports.length ? data.reports.map((r) =>
      el("li", {},
        sourceLink(r.url, `${r.agency} ${r.year}`),
        el("span", { class: "muted" }, ` · ${r.pages} 页 · ${r.template} 版`),
        r.failed_checks ? el("span", { class: "check-failed", title: "报告自身合计不一致的项数" }, ` · ⚠ ${r.failed_checks} 项核对不符`) : null,
        r.problems.length ? el("span", { class: "check-failed" }, ` · ${r.problems.length} 个表未能读取`) : null))
      : [el("li", { class: "muted" }, "档案为空：先运行 nianbao index")]));
  } catch (error) {
    list.replaceChildren(el("li", { class: "error" }, "无法载入报告列表"));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    ask(question);
  });
  for (const button of document.querySelectorAll(".example")) {
    button.addEventListener("click", () => ask(button.textContent));
  }
  loadReports();
});
