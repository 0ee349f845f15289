#!/usr/bin/env python3
"""Walks Vigil's web UI in headless Chromium as an analyst would, saving a screenshot at each step.

Run by BrowserTests.swift, which serves the UI on 127.0.0.1 over a seeded store and passes:
  VIGIL_URL, VIGIL_USER, VIGIL_PASSWORD   where and as whom to sign in
  VIGIL_SEARCH                            a word the event search must find
  VIGIL_ALERT_ID                          an alert about a user, to open and resolve
  VIGIL_LIVE_UUID, VIGIL_LIVE_SIGNAL      the test stores the event VIGIL_LIVE_UUID once this script creates
                                          the file VIGIL_LIVE_SIGNAL; the open feed must show it without a reload
  VIGIL_ARTIFACTS                         where screenshots go
Exit status: 0 passed, 1 a check failed, 77 selenium or Chromium is missing.
"""
import os
import sys

from vigil_browser import By, EC, Screenshots, check, run, sign_in
from selenium.webdriver.support.ui import Select

URL = os.environ["VIGIL_URL"].rstrip("/")
shot = Screenshots(os.environ["VIGIL_ARTIFACTS"])


def walk(driver, wait):
    sign_in(driver, wait, URL, os.environ["VIGIL_USER"], os.environ["VIGIL_PASSWORD"], shot)
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart rect")) > 0, "the dashboard charts have no bars")
    shot(driver, "dashboard")

    # Search the feed.
    driver.find_element(By.LINK_TEXT, "Events").click()
    box = wait.until(EC.presence_of_element_located((By.ID, "q")))
    box.send_keys(os.environ["VIGIL_SEARCH"])
    box.submit()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#feed tbody tr")))
    rows = driver.find_elements(By.CSS_SELECTOR, "#feed tbody tr")
    check(len(rows) > 0, "the search found nothing")
    check(all(os.environ["VIGIL_SEARCH"].lower() in r.text.lower() for r in rows[:5]), "results do not show the searched word")
    shot(driver, "events-search")

    # Open an event: key facts and raw JSON.
    first = driver.find_element(By.CSS_SELECTOR, "#feed tbody tr")
    uuid = first.get_attribute("data-uuid")
    first.find_element(By.CSS_SELECTOR, "a.event-link").click()
    raw = wait.until(EC.presence_of_element_located((By.ID, "raw-json")))
    check(uuid in raw.text, "the raw JSON is not the event's")
    check("Key facts" in driver.page_source, "the event page lacks key facts")
    shot(driver, "event")

    # The live feed shows a new event without a reload.
    driver.get(URL + "/events")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#feed tbody tr")))
    open(os.environ["VIGIL_LIVE_SIGNAL"], "w").close()
    live = os.environ["VIGIL_LIVE_UUID"]
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, f'#feed tbody tr[data-uuid="{live}"]')))
    check(driver.find_element(By.CSS_SELECTOR, "#feed tbody tr").get_attribute("data-uuid") == live,
          "the live event is not at the top")
    shot(driver, "events-live")

    # Open the alert and resolve it.
    driver.find_element(By.LINK_TEXT, "Alerts").click()
    wait.until(EC.presence_of_element_located((By.ID, "alerts")))
    shot(driver, "alerts")
    driver.get(URL + "/alerts/" + os.environ["VIGIL_ALERT_ID"])
    wait.until(EC.presence_of_element_located((By.ID, "triage-status")))
    check("Evidence timeline" in driver.page_source, "the alert page lacks its evidence")
    shot(driver, "alert")
    Select(driver.find_element(By.ID, "triage-status")).select_by_value("resolved")
    driver.find_element(By.NAME, "note").send_keys("Checked with the user: expected activity.")
    driver.find_element(By.ID, "triage-save").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "alert-status"), "resolved"))
    check("expected activity" in driver.page_source, "the note is not shown")
    shot(driver, "alert-resolved")

    # Open the user and refresh their data.
    driver.find_element(By.ID, "entity-link").click()
    wait.until(EC.presence_of_element_located((By.ID, "refresh-user")))
    check("Activity by day" in driver.page_source, "the user page lacks activity")
    driver.find_element(By.ID, "refresh-user").click()
    result = wait.until(EC.presence_of_element_located((By.ID, "refresh-result")))
    check("Fetched" in result.text, f"unexpected refresh result: {result.text}")
    shot(driver, "user-refreshed")

    # Integrations and the EventBridge guide.
    driver.find_element(By.LINK_TEXT, "Integrations").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "section.integration")))
    shot(driver, "integrations")
    driver.find_element(By.LINK_TEXT, "Setup guides").click()
    account = wait.until(EC.presence_of_element_located((By.ID, "aws-account")))
    account.send_keys("123456789012")
    Select(driver.find_element(By.ID, "aws-region")).select_by_value("eu-west-1")
    arn = driver.find_element(By.ID, "bus-arn").text
    check(arn.startswith("arn:aws:events:eu-west-1:123456789012:event-bus/aws.partner/okta.com/"), f"bus ARN: {arn}")
    shot(driver, "setup")

    driver.find_element(By.LINK_TEXT, "Rules").click()
    wait.until(EC.presence_of_element_located((By.ID, "rules")))
    shot(driver, "rules")

    # Access: disable another account (there is no button to disable yourself).
    driver.find_element(By.LINK_TEXT, "Access").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form[action='/admin/accounts/viewer/disabled']")))
    check(not driver.find_elements(By.CSS_SELECTOR, f"form[action='/admin/accounts/{os.environ['VIGIL_USER']}/disabled']"),
          "the Access page offers to disable the signed-in admin")
    driver.find_element(By.CSS_SELECTOR, "form[action='/admin/accounts/viewer/disabled'] button").click()
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "form[action='/admin/accounts/viewer/disabled'] button"), "Enable"))
    shot(driver, "access-disabled")

    # Change your own password (your name in the header leads there), sign out, sign in with the new one.
    driver.find_element(By.CSS_SELECTOR, ".whoami a").click()
    current = wait.until(EC.presence_of_element_located((By.NAME, "currentPassword")))
    current.send_keys(os.environ["VIGIL_PASSWORD"])
    new_password = "walkthrough passphrase 42"
    driver.find_element(By.NAME, "newPassword").send_keys(new_password)
    driver.find_element(By.NAME, "confirmPassword").send_keys(new_password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/account/password'] button").click()
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash.ok"), "Password changed"))
    shot(driver, "account-password-changed")
    driver.find_element(By.CSS_SELECTOR, ".whoami button").click()
    wait.until(EC.presence_of_element_located((By.ID, "username"))).send_keys(os.environ["VIGIL_USER"])
    driver.find_element(By.ID, "password").send_keys(new_password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "svg.chart")))
    print("browser walkthrough passed")


if __name__ == "__main__":
    sys.exit(run(walk, shot))
