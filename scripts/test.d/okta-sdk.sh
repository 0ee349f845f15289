# Okta's official Python SDK, which OktaSDKTests runs against the simulated org (VigilSimulatorServerTests).
pip_packages+=(okta)
