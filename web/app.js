// The chat page. Everything from the server (report text, labels, questions) is put into
// the page as text nodes, never as HTML, so report content cannot inject markup. Charts
// arrive as SVG drawn by the server and are shown as images, where no script runs.
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
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only our own source links are followed; anything else is shown as plain text.
function safeSource(url) {
  return typeof url === "string" && /^\/source\/[0-9a-f]+\/\d+(\?(fact=\d+|chunk=\d+|facts=\d+(,\d+)*))?$/.test(url) ? url : null;
}

// Links to the app's own pages and exports (comparison, roll-up); anything else is plain text.
function safePage(url) {
  return typeof url === "string" && /^\/(compare|rollup|archive|api\/(compare|rollup)\.(xlsx|csv))(\?[\w=&%.-]*)?$/.test(url) ? url : null;
}

function sourceLink(url, text) {
  const href = safeSource(url);
  return href ? el("a", { href, target: "_blank", rel: "noopener", class: "source-link" }, text) : el("span", {}, text);
}

function filters() {
  return {
    agency: document.getElementById("filter-agency").value || null,
    year: document.getElementById("filter-year").value || null,
  };
}

// --- answers ---------------------------------------------------------------------------

function renderFigureCards(answer, zh) {
  return el("div", { class: "figures" }, answer.figures.map((f) => {
    const src = f.source;
    return el("div", { class: "figure", dataset: { table: f.table, row: f.row, column: f.column, year: String(f.year) } },
      el("div", { class: "figure-value" }, f.display),
      el("div", { class: "figure-label" }, [zh ? f.agency : f.agency_en, String(f.year), f.row_label, f.column_label].join(" · ")),
      el("div", { class: "figure-source" }, zh ? "出处：" : "Source: ",
        sourceLink(src.url, zh ? `${src.file_name} 第 ${src.page} 页` : `${src.file_name}, page ${src.page}`),
        el("span", { class: "muted" }, ` · ${f.table_label}`)),
      (f.checks || []).map((c) => el("p", { class: "check-failed" },
        zh ? "⚠ 报告自身合计不一致：" : "⚠ The source's own totals disagree: ", c.detail)),
      f.note ? el("p", { class: "figure-note" }, f.note) : null,
      (f.disagree || []).map((d) => el("p", { class: "check-failed" },
        zh ? "⚠ 另一份文本不一致：" : "⚠ Another copy disagrees: ",
        sourceLink(d.url, `${d.file_name}: ${d.display}`))),
      (f.also || []).length ? el("p", { class: "figure-also muted" }, zh ? "同一报告的其他文本：" : "Same report, other copies: ",
        f.also.map((a, i) => [i ? "、" : "", sourceLink(a.url, zh ? `${a.file_name} 第 ${a.page} 页` : `${a.file_name}, p. ${a.page}`)])) : null);
  }));
}

function renderYearTable(answer, zh) {
  const table = answer.table;
  const head = el("tr", {}, el("th", {}, zh ? "年份" : "Year"), table.columns.map((c) => el("th", {}, c.label)));
  const rows = table.rows.map((row) => el("tr", {}, el("th", { scope: "row" }, String(row.year)),
    row.cells.map((cell) => el("td", {}, cell ? sourceLink(cell.url, cell.display) : "—"))));
  return el("table", { class: "year-table" }, el("thead", {}, head), el("tbody", {}, rows));
}

function renderSums(answer, zh) {
  return el("div", { class: "sums" }, answer.sums.map((s) => el("div", { class: "sum" },
    el("div", { class: "figure-value" }, s.display),
    el("div", { class: "figure-label" }, s.label),
    el("div", { class: "figure-source" }, zh ? `由 ${s.count} 个数字相加：` : `Sum of ${s.count} figures: `,
      s.parts.map((p, i) => [i ? "，" : "", sourceLink(p.url, `${p.agency} ${p.year}: ${p.value}`)])))));
}

function renderChart(answer, zh) {
  const img = el("img", { class: "chart", alt: zh ? "历年数字图表" : "Chart across years",
    src: "data:image/svg+xml;charset=utf-8," + encodeURIComponent(answer.chart) });
  return el("figure", { class: "chart-box" }, img);
}

function exportButton(question, history, zh) {
  const button = el("button", { type: "button", class: "export" }, zh ? "导出 CSV" : "Export CSV");
  button.addEventListener("click", async () => {
    const response = await fetch("/api/export.csv", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question, history, filters: filters() }),
    });
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: "nianbao-figures.csv" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
  return button;
}

function renderPassages(answer, zh) {
  return el("div", { class: "passages" }, answer.passages.map((p) =>
    el("figure", { class: "passage" },
      el("blockquote", {}, p.text),
      el("figcaption", {}, `${zh ? p.agency : p.agency_en} · ${p.year} · ${p.section} · `,
        sourceLink(p.url, zh ? `${p.file_name} 第 ${p.page} 页` : `${p.file_name}, page ${p.page}`)))));
}

function contextNote(answer, zh) {
  const taken = answer.context.inherited || [];
  if (!taken.length) return null;
  const parts = [];
  if (answer.context.agencies.length) parts.push(answer.context.agencies.join("、"));
  if (answer.context.years.length) parts.push(answer.context.years.join("、"));
  if (taken.includes("cells") || taken.includes("topic")) parts.push(zh ? "上一问的项目" : "the previous question's item");
  return el("p", { class: "context-note" }, (zh ? "沿用上文：" : "Carried over from before: ") + parts.join(" · "));
}

function renderAnswer(answer, question, history) {
  const zh = answer.lang === "zh";
  const node = el("div", { class: `answer kind-${answer.kind}` }, contextNote(answer, zh),
    el("p", { class: "answer-text" }, answer.answer || ""));
  if (answer.kind === "figure") {
    if (answer.sums.length) node.append(renderSums(answer, zh));
    if (answer.table) node.append(renderYearTable(answer, zh));
    if (answer.chart) node.append(renderChart(answer, zh));
    node.append(renderFigureCards(answer, zh));
    node.append(exportButton(question, history, zh));
  }
  if (answer.kind === "compare") node.append(renderCompare(answer, zh));
  if (answer.kind === "rollup" && answer.sums.length) node.append(renderSums(answer, zh));
  // passages also come with a figure that was asked how, and with a comparison of a topic
  if ((answer.passages || []).length) node.append(renderPassages(answer, zh));
  if ((answer.links || []).length) {
    node.append(el("p", { class: "answer-links" }, answer.links.map((l, i) => {
      // a report's page (the cells of a failed check) opens in the side viewer like any source
      if (safeSource(l.url)) return [i ? " · " : "", sourceLink(l.url, l.label)];
      const href = safePage(l.url);
      return [i ? " · " : "", href ? el("a", { href, target: "_blank", rel: "noopener", class: "page-link" }, l.label) : l.label];
    })));
  }
  return node;
}

// The largest changes of a comparison, each value linked to its cell in its report.
function renderCompare(answer, zh) {
  const c = answer.compare;
  const head = el("tr", {}, el("th", {}, zh ? "项目" : "Item"), el("th", {}, `${c.a.agency} ${c.a.year}`),
    el("th", {}, `${c.b.agency} ${c.b.year}`), el("th", {}, zh ? "变化" : "Change"));
  const rows = c.top.map((cell) => el("tr", {}, el("td", {}, `${cell.row_label} · ${cell.column_label}`),
    el("td", {}, sourceLink(cell.a.url, cell.a.raw)), el("td", {}, sourceLink(cell.b.url, cell.b.raw)),
    el("td", { class: "num" }, (cell.change > 0 ? "+" : "") + String(cell.change) +
      (cell.percent === null ? "" : ` (${cell.percent > 0 ? "+" : ""}${cell.percent}%)`))));
  return el("table", { class: "year-table compare-top" }, el("thead", {}, head), el("tbody", {}, rows));
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
  const history = state.history.slice(-6);
  try {
    const response = await fetch("/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question, history, filters: filters() }),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || response.statusText);
    pending.replaceWith(renderAnswer(answer, question, history));
    state.history.push({ question });
  } catch (error) {
    pending.replaceWith(el("div", { class: "answer error" }, `出错了 / Error: ${error.message}`));
  } finally {
    button.disabled = false;
  }
}

// --- source viewer -------------------------------------------------------------------------

async function openSource(url) {
  const viewer = document.getElementById("viewer");
  const body = document.getElementById("viewer-body");
  document.getElementById("layout").classList.add("with-viewer");
  viewer.hidden = false;
  body.replaceChildren(el("p", { class: "muted" }, "载入中…"));
  const response = await fetch("/api" + url);
  if (!response.ok) {
    body.replaceChildren(el("p", { class: "error" }, "无法打开这一页"));
    return;
  }
  const page = await response.json();
  document.getElementById("viewer-title").textContent = `${page.agency} ${page.year} · ${page.file_name} · 第 ${page.page}/${page.pages} 页`;
  const quality = { inferred: "（由连写数字按表格合计关系唯一拆分得出）", unsure: "（OCR 未能可靠识别）" };
  document.getElementById("viewer-mark").textContent = page.mark
    ? `标记处：${page.mark.row} · ${page.mark.column} = ${page.mark.raw || "（空白，未填数字）"}` +
      `${page.mark.unit && page.mark.raw ? " " + page.mark.unit : ""}${quality[page.mark.quality] || ""}` : "";
  document.getElementById("viewer-open").setAttribute("href", safeSource(page.url) || "#");
  if (page.image) {
    body.replaceChildren(el("img", { class: "page-image", id: "viewer-image", src: page.image, alt: `第 ${page.page} 页` }));
  } else {
    body.replaceChildren(renderBlocks(page));
    const first = body.querySelector(".marked, .marked-cell");
    if (first) first.scrollIntoView({ block: "center" });
  }
}

// A text page: prose lines, and tables (web pages, Word files, transcriptions) as tables,
// the cell an answer came from outlined.
function renderBlocks(page) {
  const marked = new Set(page.marked);
  const cells = new Set((page.marked_cells || []).map(([line, cell]) => `${line}:${cell}`));
  return el("div", { class: "page-lines" }, (page.blocks || []).map((block) => {
    if (block.kind === "table") {
      return el("table", { class: "source-table" }, block.rows.map((row) =>
        el("tr", { class: marked.has(row.line) ? "marked" : null }, row.cells.map((cell, i) => {
          const hit = cells.has(`${row.line}:${i}`);
          return el("td", { class: hit ? "marked-cell" : null }, hit ? el("mark", {}, cell || "（空白）") : cell);
        }))));
    }
    const hit = marked.has(block.line);
    return el("p", { class: hit ? "source-line marked" : "source-line" }, hit ? el("mark", {}, block.text) : block.text);
  }));
}

function closeSource() {
  document.getElementById("viewer").hidden = true;
  document.getElementById("layout").classList.remove("with-viewer");
}

// --- archive list and filters ----------------------------------------------------------------

function reportItem(r) {
  const failed = r.checks.failed;
  const checks = failed.length
    ? el("details", { class: "check-failed" }, el("summary", {}, `⚠ ${failed.length} 项核对不符（共 ${failed.length + r.checks.passed} 项）`),
      el("ul", {}, failed.map((c) => el("li", {}, c.detail_zh))))
    : el("span", { class: "check-ok" }, ` · 核对 ${r.checks.passed} 项均相符`);
  const forms = { pdf: "PDF", scan: "扫描件", html: "网页", docx: "Word", text: "文本", md: "Markdown" };
  return el("li", { dataset: { report: r.id } },
    sourceLink(r.url, `${r.agency} ${r.year}`),
    el("span", { class: "muted" }, ` · ${forms[r.format] || r.format} · ${r.pages} 页 · ` +
      (r.template === "none" ? "2019 年前，无模板表格" : `${r.template} 版`)),
    r.problems.length ? el("span", { class: "check-failed" }, ` · ${r.problems.length} 个表未能读取`) : null,
    checks);
}

async function loadReports() {
  // The list follows the chat's filters; a large archive is listed a page at a time, and the
  // line under it says how many more there are. Returns the archive version listed (0 if none).
  const list = document.getElementById("reports");
  try {
    const params = new URLSearchParams();
    const chosen = { agency: document.getElementById("filter-agency").value, year: document.getElementById("filter-year").value };
    if (chosen.agency) params.set("agency", chosen.agency);
    if (chosen.year) params.set("year", chosen.year);
    const data = await (await fetch("/api/reports?" + params.toString())).json();
    const more = data.total > data.reports.length
      ? [el("li", { class: "muted" }, `共 ${data.total} 份报告，此处列出前 ${data.reports.length} 份；按单位或年份筛选可看其余。`)] : [];
    list.replaceChildren(...(data.reports.length ? [...data.reports.map(reportItem), ...more]
      : [el("li", { class: "muted" }, chosen.agency || chosen.year ? "没有符合筛选的报告" : "档案为空：先运行 nianbao index")]));
    const agency = document.getElementById("filter-agency");
    const chosenAgency = agency.value;
    agency.replaceChildren(el("option", { value: "" }, "全部单位"), ...data.agencies.map((a) => el("option", { value: a.key }, a.name)));
    agency.value = chosenAgency;
    const year = document.getElementById("filter-year");
    const chosenYear = year.value;
    year.replaceChildren(el("option", { value: "" }, "全部年份"), ...data.years.map((y) => el("option", { value: String(y) }, String(y))));
    year.value = chosenYear;
    return data.version || 0;
  } catch (error) {
    list.replaceChildren(el("li", { class: "error" }, "无法载入报告列表"));
    return 0;
  }
}

// --- adding reports: drag files onto the page (admin token) ----------------------------------

function uploadOne(file, token, row) {
  // XMLHttpRequest, not fetch: it reports upload progress.
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const bar = row.querySelector("progress");
    const status = row.querySelector(".upload-status");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) bar.value = event.loaded / event.total;
    });
    xhr.addEventListener("load", async () => {
      let job = {};
      try { job = JSON.parse(xhr.responseText); } catch (error) { job = { error: xhr.statusText }; }
      if (xhr.status === 202 || xhr.status === 200 || xhr.status === 422) {
        bar.value = 1;
        status.textContent = "索引中…";
        resolve(await followJob(job, row));
      } else {
        row.classList.add("rejected");
        status.textContent = `未接受：${job.error || xhr.statusText}`;
        resolve(null);
      }
    });
    xhr.addEventListener("error", () => { status.textContent = "上传失败（网络错误）"; resolve(null); });
    xhr.open("POST", "/api/index");
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

async function followJob(job, row) {
  const status = row.querySelector(".upload-status");
  while (job.status === "queued" || job.status === "running") {
    const url = typeof job.status_url === "string" && /^\/api\/index\/[\w-]+$/.test(job.status_url) ? job.status_url : null;
    if (!url) break;
    const response = await fetch(url + "?wait=20");
    job = await response.json();
  }
  const done = job.status === "indexed" || job.status === "replaced";
  row.classList.add(done ? "indexed" : "rejected");
  const words = { indexed: "已索引", replaced: "已替换旧版本", unchanged: "已在档案中（未变）", duplicate: "同一报告已在档案中",
    rejected: "未能索引", failed: "失败" };
  status.replaceChildren(`${words[job.status] || job.status}` + (done ? `：${job.agency} ${job.year}，${job.pages} 页，${job.facts} 个数字` : "") +
    (job.reason ? `（${job.reason}）` : ""),
    ...(job.failed_checks || []).map((c) => el("div", { class: "check-failed" }, `⚠ ${c}`)),
    done && !(job.failed_checks || []).length ? el("span", { class: "check-ok" }, " · 核对均相符") : "");
  return job;
}

async function uploadFiles(files) {
  const token = document.getElementById("upload-token").value.trim();
  const list = document.getElementById("upload-list");
  if (!token) {
    list.prepend(el("li", { class: "rejected" }, "需要管理员令牌（NIANBAO_ADMIN_TOKEN）才能添加报告"));
    return;
  }
  sessionStorage.setItem("nianbao-token", token);
  const rows = [...files].map((file) => {
    const row = el("li", { class: "upload-item" }, el("span", { class: "upload-name" }, file.name),
      el("progress", { max: "1", value: "0" }), el("span", { class: "upload-status" }, "等待上传"));
    list.append(row);
    return [file, row];
  });
  const jobs = [];
  for (const [file, row] of rows) jobs.push(await uploadOne(file, token, row));
  // A busy server answers from the version it holds until the new one is loaded (a second or
  // two, longer under load): list again until it serves the version holding the last upload.
  const wanted = Math.max(0, ...jobs.map((job) => (job && job.version) || 0));
  for (let tries = 0; (await loadReports()) < wanted && tries < 60; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function setUpDropZone() {
  const zone = document.getElementById("drop-zone");
  const picker = document.getElementById("upload-files");
  const token = document.getElementById("upload-token");
  token.value = sessionStorage.getItem("nianbao-token") || "";
  for (const type of ["dragenter", "dragover"]) {
    document.addEventListener(type, (event) => {
      if ([...(event.dataTransfer?.types || [])].includes("Files")) {
        event.preventDefault();
        zone.classList.add("dragging");
      }
    });
  }
  document.addEventListener("dragleave", (event) => { if (!event.relatedTarget) zone.classList.remove("dragging"); });
  document.addEventListener("drop", (event) => {
    if (!event.dataTransfer?.files?.length) return;
    event.preventDefault();
    zone.classList.remove("dragging");
    zone.open = true;
    uploadFiles(event.dataTransfer.files);
  });
  picker.addEventListener("change", () => { uploadFiles(picker.files); picker.value = ""; });
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
  // Source links open in the side viewer; with a modifier key, in a new tab as usual.
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.source-link");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    openSource(link.getAttribute("href"));
  });
  document.getElementById("viewer-close").addEventListener("click", closeSource);
  setUpDropZone();
  for (const id of ["filter-agency", "filter-year"]) document.getElementById(id).addEventListener("change", loadReports);
  loadReports();
});
