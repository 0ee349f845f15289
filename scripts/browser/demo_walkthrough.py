#!/usr/bin/env python3
"""Walks a running `vigil demo` in headless Chromium: sign in, wait for its first alerts, open one and see why it
fired and its evidence, and see each ingestion path's status on the integrations page. A screenshot at each step.

Run by DemoBrowserTests.swift, which starts the built `vigil demo` and passes:
  VIGIL_URL, VIGIL_USER, VIGIL_PASSWORD   the address and login the demo printed
  VIGIL_STARTED                           Unix time the demo started: alerts must show within two minutes
  VIGIL_PATHS                             comma-separated paths that must show events and no errors
                                          (System Log polling, Event Hooks, Log Streaming (EventBridge))
  VIGIL_ARTIFACTS                         where screenshots go
Exit status: 0 passed, 1 a check failed, 77 selenium or Chromium is missing.
"""
import os
import sys
import time

from vigil_browser import By, EC, Screenshots, check, run, sign_in

URL = os.environ["VIGIL_URL"].rstrip("/")
shot = Screenshots(os.environ["VIGIL_ARTIFACTS"])


def wait_for_rows(driver, path, selector, deadline, what):
    """Reloads `path` until `selector` finds rows, or fails at `deadline` (Unix time)."""
    while True:
        driver.get(URL + path)
        rows = driver.find_elements(By.CSS_SELECTOR, selector)
        if rows:
            return rows
        check(time.time() < deadline, f"no {what} by the deadline")
        time.sleep(3)


def path_rows(driver):
    """The integrations page's path table: label → cells' text."""
    rows = {}
    for row in driver.find_elements(By.CSS_SELECTOR, "section.integration tbody tr"):
        cells = [cell.text.strip() for cell in row.find_elements(By.TAG_NAME, "td")]
        rows[cells[0]] = cells
    return rows


def walk(driver, wait):
    sign_in(driver, wait, URL, os.environ["VIGIL_USER"], os.environ["VIGIL_PASSWORD"], shot)
    shot(driver, "dashboard")

    # The demo's first alerts (an attack scenario plays every so often).
    started = float(os.environ["VIGIL_STARTED"])
    rows = wait_for_rows(driver, "/alerts", "#alerts tbody tr a.alert-link", started + 120, "alerts within two minutes of start")
    print(f"{len(rows)} alert(s) shown {time.time() - started:.0f} s after the demo started")
    shot(driver, "alerts")

    # An alert: why it fired, and its evidence.
    title = rows[0].text
    rows[0].click()
    why = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "p.why")))
    check(why.text.strip(), f"the alert '{title}' does not say why it fired")
    check("Evidence timeline" in driver.page_source, "the alert page lacks its evidence")
    evidence = driver.find_elements(By.CSS_SELECTOR, "ol.timeline li a[href^='/events/']")
    check(evidence, f"the alert '{title}' shows no evidence event")
    shot(driver, "alert")

    # An evidence event opens with its raw JSON.
    evidence[0].click()
    wait.until(EC.presence_of_element_located((By.ID, "raw-json")))
    shot(driver, "evidence-event")

    # Integrations: every expected path has events and no errors (the status follows ingestion live).
    expected = [p for p in os.environ.get("VIGIL_PATHS", "").split(",") if p]
    deadline = time.time() + 60
    while True:
        driver.get(URL + "/integrations")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "section.integration")))
        paths = path_rows(driver)
        # State, last event: a receiving path is healthy and has a last event.
        missing = [p for p in expected if p not in paths or paths[p][1] != "healthy" or not paths[p][2]]
        if not missing or time.time() > deadline:
            break
        time.sleep(3)
    shot(driver, "integrations")
    check(not missing, f"paths not receiving: {missing}; the page shows {paths}")
    print("paths: " + "; ".join(f"{label}: {cells[1]}, last event {cells[2] or '-'}" for label, cells in paths.items()))
    print("demo browser walkthrough passed")


if __name__ == "__main__":
    sys.exit(run(walk, shot))
