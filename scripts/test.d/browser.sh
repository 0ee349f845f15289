# Browser tests: headless Chromium driven by Selenium from Python (Tests/VigilWebTests/BrowserTests.swift runs
# scripts/browser/*.py against the web UI served in-process on 127.0.0.1).
apt_packages+=(chromium chromium-driver python3-venv)
pip_packages+=(selenium)
