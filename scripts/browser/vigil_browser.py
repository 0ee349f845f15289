"""What Vigil's browser scripts share: a headless Chromium, numbered screenshots, checks, and signing in.

Exit status convention of the scripts: 0 passed, 1 a check failed, 77 selenium or Chromium is missing.
"""
import os
import shutil
import sys

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as error:
    print(f"selenium is not installed: {error}", file=sys.stderr)
    sys.exit(77)


def find_binary(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def make_driver():
    browser = find_binary("chromium", "chromium-browser", "google-chrome")
    driver_path = find_binary("chromedriver")
    if not browser or not driver_path:
        print(f"Chromium ({browser}) or chromedriver ({driver_path}) is missing", file=sys.stderr)
        sys.exit(77)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                 "--disable-gpu", "--no-first-run", "--disable-extensions"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(driver_path), options=options)


class Screenshots:
    """Numbered full-page screenshots in a directory, so the files sort in the order the steps ran."""

    def __init__(self, directory):
        self.directory = directory
        self.step = 0
        os.makedirs(directory, exist_ok=True)

    def __call__(self, driver, name):
        self.step += 1
        # Tall enough for the whole page, so the screenshot shows what a reader would scroll through.
        height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 4000)")
        driver.set_window_size(1400, max(1000, height))
        path = os.path.join(self.directory, f"{self.step:02d}-{name}.png")
        driver.save_screenshot(path)
        driver.set_window_size(1400, 1000)
        print(f"screenshot {path}")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def sign_in(driver, wait, url, user, password, shot):
    """Signs in from an anonymous visit (the dashboard redirects to the form, and back) and waits for the dashboard."""
    driver.get(url + "/")
    wait.until(EC.presence_of_element_located((By.ID, "username")))
    check("/login" in driver.current_url, "an anonymous visit should land on the sign-in form")
    driver.find_element(By.ID, "username").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    shot(driver, "login")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "svg.chart")))


def run(walk, shot):
    """Runs `walk(driver, wait)` in a fresh headless Chromium; returns the exit status, with a screenshot of a failure."""
    driver = make_driver()
    try:
        walk(driver, WebDriverWait(driver, 20))
        return 0
    except Exception as error:  # noqa: BLE001 - any failure is reported with a screenshot
        shot(driver, "failure")
        print(f"FAILED at {driver.current_url}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        driver.quit()
