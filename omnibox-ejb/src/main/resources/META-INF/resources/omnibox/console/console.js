// The omnibox operator console: plain JavaScript over the admin API at ../api/, no build step.
// Every value from the server is written with textContent, never as HTML.
"use strict";

const API = "../api/";
const REFRESH_MS = 5000;
const STATUSES = ["PENDING", "FAILED", "COMPLETED"];

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function button(label, action) {
  const node = element("button", label);
  node.type = "button";
  node.addEventListener("click", action);
  return node;
}

function showMessage(text, kind) {
  const box = document.getElementById("message");
  box.textContent = text;
  box.className = kind;
  box.hidden = false;
}

async function api(path, options) {
  const response = await fetch(API + path, Object.assign({ credentials: "same-origin" }, options));
  const body = await response.text();
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const reason = json && json.message ? json.message : response.status + " " + response.statusText;
    throw new Error(reason);
  }
  return json;
}

function post(path, body) {
  return api(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body || {}),
  });
}

function formatAge(seconds) {
  if (seconds < 120) {
    return seconds + " s";
  }
  if (seconds < 7200) {
    return Math.floor(seconds / 60) + " min";
  }
  if (seconds < 172800) {
    return Math.floor(seconds / 3600) + " h";
  }
  return Math.floor(seconds / 86400) + " d";
}

function formatTime(iso) {
  return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "";
}

function renderCounts(kind, table) {
  const body = document.querySelector("#counts-" + kind + " tbody");
  body.replaceChildren();
  if (!table.available) {
    const row = body.insertRow();
    const cell = element("td", "no " + kind + " in this application", "muted");
    cell.colSpan = 5;
    row.appendChild(cell);
    return;
  }
  const scopes = new Map();
  for (const count of table.counts) {
    if (!scopes.has(count.scope)) {
      scopes.set(count.scope, {});
    }
    scopes.get(count.scope)[count.status] = count;
  }
  if (scopes.size === 0) {
    const row = body.insertRow();
    const cell = element("td", "no events", "muted");
    cell.colSpan = 5;
    row.appendChild(cell);
  }
  for (const [scope, byStatus] of scopes) {
    const row = body.insertRow();
    row.appendChild(element("td", scope));
    for (const status of STATUSES) {
      const count = byStatus[status];
      const className = count ? "number count status-" + status : "number count zero";
      const cell = element("td", count ? count.count : 0, className);
      cell.dataset.kind = kind;
      cell.dataset.scope = scope;
      cell.dataset.status = status;
      row.appendChild(cell);
    }
    const pending = byStatus.PENDING;
    row.appendChild(element("td", pending ? formatAge(pending.oldestAgeSeconds) : "", "number"));
  }
}

async function refreshCounts() {
  const overview = await api("overview");
  renderCounts("outbox", overview.outbox);
  renderCounts("inbox", overview.inbox);
}

function formQuery(form) {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim() !== "") {
      query.set(name, String(value).trim());
    }
  }
  return query;
}

async function act(description, action) {
  try {
    await action();
    showMessage(description, "info");
  } catch (e) {
    showMessage(description + " failed: " + e.message, "error");
  }
  await refresh();
}

function eventActions(event) {
  const cell = element("td");
  const path = "events/" + event.kind + "/" + event.id;
  if (event.status === "FAILED") {
    const requeue = button("Requeue", () =>
      act("Requeued event " + event.id, () => post(path + "/requeue")));
    requeue.className = "requeue";
    requeue.dataset.id = event.id;
    cell.appendChild(requeue);
  }
  if (event.lockedBy) {
    cell.appendChild(button("Unlock", () => {
      const reason = window.prompt("Why clear the lease of event " + event.id + "?");
      if (reason === null || reason.trim() === "") {
        showMessage("Unlock cancelled: a reason is required", "error");
        return;
      }
      act("Unlocked event " + event.id, () => post(path + "/unlock", { reason: reason }));
    }));
  }
  return cell;
}

async function refreshEvents() {
  const form = document.getElementById("event-filter");
  const result = await api("events?" + formQuery(form));
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  if (result.events.length === 0) {
    const cell = element("td", "no matching events", "muted");
    cell.colSpan = 9;
    body.insertRow().appendChild(cell);
  }
  for (const event of result.events) {
    const row = body.insertRow();
    row.dataset.id = event.id;
    row.appendChild(element("td", event.id, "id"));
    row.appendChild(element("td", event.eventType));
    row.appendChild(element("td", event.scope));
    row.appendChild(element("td", event.status, "status-" + event.status));
    row.appendChild(element("td", event.attemptsMade + " / " + event.maxAttempts, "number"));
    row.appendChild(element("td", event.lastError, "error"));
    row.appendChild(element("td", event.lockedBy));
    row.appendChild(element("td", formatTime(event.updatedAt)));
    row.appendChild(eventActions(event));
  }
}

async function refreshDeadLetters() {
  const body = document.querySelector("#dead-letters tbody");
  const form = document.getElementById("dead-letter-filter");
  let result;
  try {
    result = await api("dead-letters?" + formQuery(form));
  } catch (e) {
    body.replaceChildren();
    const cell = element("td", e.message, "muted");
    cell.colSpan = 8;
    body.insertRow().appendChild(cell);
    return;
  }
  body.replaceChildren();
  if (result.deadLetters.length === 0) {
    const cell = element("td", "no matching dead letters", "muted");
    cell.colSpan = 8;
    body.insertRow().appendChild(cell);
  }
  for (const letter of result.deadLetters) {
    const row = body.insertRow();
    row.appendChild(element("td", letter.id, "id"));
    row.appendChild(element("td", letter.kind));
    row.appendChild(element("td", letter.eventType));
    row.appendChild(element("td", letter.scope));
    row.appendChild(element("td", letter.attempts, "number"));
    row.appendChild(element("td", letter.reason, "error"));
    row.appendChild(element("td", formatTime(letter.deadLetteredAt)));
    const actions = element("td");
    actions.appendChild(button("Replay", () =>
      act("Replayed dead letter " + letter.id, () => post("dead-letters/" + letter.id + "/replay"))));
    row.appendChild(actions);
  }
}

function executionRow(body, execution) {
  const row = body.insertRow();
  row.appendChild(element("td", execution.executionId, "number"));
  row.appendChild(element("td", execution.batchStatus, "status-" + execution.batchStatus));
  row.appendChild(element("td", execution.exitStatus));
  row.appendChild(element("td", formatTime(execution.startTime)));
  row.appendChild(element("td", formatTime(execution.endTime)));
  row.appendChild(element("td", execution.readCount, "number"));
  row.appendChild(element("td", execution.writeCount, "number"));

  const actions = element("td");
  const path = "jobs/executions/" + execution.executionId;
  if (execution.batchStatus === "STARTED" || execution.batchStatus === "STARTING") {
    actions.appendChild(button("Stop", () =>
      act("Stopped execution " + execution.executionId, () => post(path + "/stop"))));
  } else if (execution.batchStatus === "STOPPED" || execution.batchStatus === "FAILED") {
    actions.appendChild(button("Restart", () =>
      act("Restarted execution " + execution.executionId, () => post(path + "/restart"))));
  }
  row.appendChild(actions);
}

function renderJob(job) {
  const box = element("div", null, "job");
  const title = element("h3", job.jobName);
  title.appendChild(element("span", job.running ? "running" : "not running",
    job.running ? "status-STARTED" : "muted"));
  if (!job.running) {
    title.appendChild(button("Start", () =>
      act("Started " + job.jobName, () => post("jobs/" + job.jobName + "/start", { parameters: {} }))));
  }
  box.appendChild(title);

  const table = element("table");
  const head = table.createTHead().insertRow();
  for (const name of ["execution", "status", "exit status", "start", "end", "read", "written", ""]) {
    head.appendChild(element("th", name));
  }
  const body = table.createTBody();
  if (job.executions.length === 0) {
    const cell = element("td", "no executions", "muted");
    cell.colSpan = 8;
    body.insertRow().appendChild(cell);
  }
  for (const execution of job.executions) {
    executionRow(body, execution);
  }
  box.appendChild(table);
  return box;
}

async function refreshJobs() {
  const result = await api("jobs?limit=5");
  document.getElementById("jobs").replaceChildren(...result.jobs.map(renderJob));
}

async function refresh() {
  try {
    await Promise.all([refreshCounts(), refreshEvents(), refreshDeadLetters(), refreshJobs()]);
    document.getElementById("refreshed-at").textContent =
      "refreshed " + new Date().toLocaleTimeString();
  } catch (e) {
    showMessage("Refresh failed: " + e.message, "error");
  }
}

document.getElementById("event-filter").addEventListener("submit", (e) => {
  e.preventDefault();
  refresh();
});
document.getElementById("dead-letter-filter").addEventListener("submit", (e) => {
  e.preventDefault();
  refresh();
});
document.getElementById("refresh-now").addEventListener("click", refresh);
setInterval(() => {
  if (document.getElementById("auto-refresh").checked) {
    refresh();
  }
}, REFRESH_MS);
refresh();
