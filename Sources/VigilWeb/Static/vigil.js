// Vigil's small progressive enhancements. Every page works without this script.
"use strict";

// The event feed follows new events: it asks the API for events since the newest one shown and adds them on top.
function liveFeed() {
  const status = document.getElementById("live-status");
  const body = document.querySelector("#feed tbody");
  if (!status || !body) return;
  const toggle = document.getElementById("live-toggle");
  const note = document.getElementById("live-note");
  const seconds = Math.max(2, parseInt(status.dataset.poll || "5", 10));
  const base = status.dataset.query || "";
  const text = (tag, value, cls) => { const el = document.createElement(tag); el.textContent = value || ""; if (cls) el.className = cls; return el; };
  const link = (href, child) => { const a = document.createElement("a"); a.href = href; a.append(child); return a; };

  function row(e) {
    const tr = document.createElement("tr");
    tr.dataset.uuid = e.uuid; tr.dataset.published = e.published;
    tr.className = "fresh" + (e.failed ? " failed" : "");
    const href = "/events/" + encodeURIComponent(e.uuid);
    const time = document.createElement("td"); time.className = "time"; time.append(link(href, e.published));
    const type = document.createElement("td"); type.append(link(href, text("code", e.eventType)), text("div", e.displayMessage, "muted"));
    const actor = document.createElement("td");
    if (e.actor) actor.append(e.actor.isUser ? link("/users/" + encodeURIComponent(e.actor.id), e.actor.label) : e.actor.label);
    const outcome = document.createElement("td");
    outcome.append(text("span", e.outcome, "outcome outcome-" + (e.outcome || "")));
    if (e.outcomeReason) outcome.append(text("div", e.outcomeReason, "muted"));
    const client = document.createElement("td"); client.append(e.ipAddress || "", text("div", e.location, "muted"));
    tr.append(time, type, actor, outcome, client);
    return tr;
  }

  async function poll() {
    if (!toggle.checked || document.hidden) return;
    const newest = body.querySelector("tr[data-published]");
    const since = newest ? newest.dataset.published : "15m";
    try {
      const response = await fetch("/api/v1/events?" + base + (base ? "&" : "") + "limit=100&since=" + encodeURIComponent(since),
                                   { credentials: "same-origin", headers: { "Accept": "application/json" } });
      if (response.status === 401) { note.textContent = "signed out: reload to sign in"; return; }
      if (!response.ok) { note.textContent = "update failed (" + response.status + ")"; return; }
      const page = await response.json();
      const fresh = page.events.filter(e => !body.querySelector('tr[data-uuid="' + CSS.escape(e.uuid) + '"]'));
      for (const e of fresh.reverse()) body.prepend(row(e));
      while (body.rows.length > 500) body.deleteRow(-1);
      note.textContent = fresh.length ? fresh.length + " new at " + new Date().toLocaleTimeString() : "";
    } catch (err) {
      note.textContent = "update failed: " + err.message;
    }
  }
  setInterval(poll, seconds * 1000);
}

// The EventBridge guide fills in the partner event source's bus ARN from the account and region typed in.
function eventBridgeGuide() {
  const account = document.getElementById("aws-account");
  const region = document.getElementById("aws-region");
  const source = document.getElementById("partner-source");
  if (!account || !region || !source) return;
  function update() {
    const valid = /^[0-9]{12}$/.test(account.value);
    account.setCustomValidity(valid || account.value === "" ? "" : "An AWS account ID is 12 digits");
    document.querySelectorAll(".fill-region").forEach(el => el.textContent = region.value);
    document.querySelectorAll(".fill-account").forEach(el => el.textContent = valid ? account.value : "your account");
    const line = document.getElementById("arn-line");
    line.hidden = !valid;
    document.getElementById("bus-arn").textContent = "arn:aws:events:" + region.value + ":" + account.value + ":event-bus/" + source.dataset.template;
  }
  account.addEventListener("input", update);
  region.addEventListener("change", update);
  update();
}

// Click a code box marked .copy to copy it.
function copyBoxes() {
  document.querySelectorAll("code.copy").forEach(el => {
    el.title = "Click to copy";
    el.addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText(el.textContent.trim()));
  });
}

document.addEventListener("DOMContentLoaded", () => { liveFeed(); eventBridgeGuide(); copyBoxes(); });
