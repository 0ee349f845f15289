"""Drives a simulated Okta org with Okta's official Python SDK (pip `okta`), as a real integration would.

Usage: okta_sdk_check.py ORG_URL API_TOKEN SINCE UNTIL
       okta_sdk_check.py --oauth ORG_URL CLIENT_ID PRIVATE_KEY_PEM_FILE
Lists every user (pages of 7, following the Link headers with the SDK's PaginationHelper) and pages through the System Log between SINCE and
UNTIL (pages of 50), then prints a JSON summary on stdout: user ids, event uuids and page counts. Exits 1 with the
SDK's error on stderr when a call fails. Needs OKTA_TESTING_TESTINGDISABLEHTTPSCHECK=true for an http:// org.
"""
import asyncio
import json
import sys

from okta.client import Client as OktaClient
from okta.pagination import PaginationHelper


# okta 3.4.6 validates authenticationContext against the spec's enums, which lack values Okta writes for MFA
# (credentialType OKTA_VERIFY_PUSH, credentialProvider GOOGLE_OTP): it cannot parse those events from a real org
# either, so the check leaves them out with a System Log filter, which the SDK also passes through.
SDK_PARSEABLE = 'eventType ne "user.authentication.auth_via_mfa"'


async def collect(list_call, **query):
    """Every item of a paged list and the number of pages, following the `after` cursor of each response's
    `rel="next"` Link header the way the SDK's PaginationHelper reads it."""
    items, pages, after = [], 0, None
    while True:
        page, response, error = await list_call(**query, **({"after": after} if after else {}))
        if error:
            raise RuntimeError(f"page {pages + 1}: {error}")
        items += page or []
        pages += 1
        after = PaginationHelper.extract_next_cursor(response.headers)
        if after is None or pages >= 1000:
            return items, pages


async def main(org_url, token, since, until):
    config = {"orgUrl": org_url, "token": token, "authorizationMode": "SSWS",
              "rateLimit": {"maxRetries": 1}, "testing": {"disableHttpsCheck": True}}
    async with OktaClient(config) as client:
        users, user_pages = await collect(client.list_users, limit=7)
        events, event_pages = await collect(client.list_log_events, since=since, until=until, limit=50, filter=SDK_PARSEABLE)
        # A single user by id, and the statuses the SDK parsed into its enum.
        user, _, error = await client.get_user(users[0].id)
        if error:
            raise RuntimeError(f"get_user: {error}")
    print(json.dumps({
        "users": [u.id for u in users],
        "userPages": user_pages,
        "statuses": sorted({str(u.status.value if hasattr(u.status, "value") else u.status) for u in users}),
        "firstLogin": user.profile.login,
        "events": [e.uuid for e in events],
        "eventTypes": sorted({e.event_type for e in events}),
        "eventPages": event_pages,
    }))


async def oauth(org_url, client_id, key_file):
    """The SDK's PrivateKey mode: it signs a client assertion, gets an access token from /oauth2/v1/token and
    lists users with it."""
    with open(key_file) as f:
        private_key = f.read()
    config = {"orgUrl": org_url, "authorizationMode": "PrivateKey", "clientId": client_id,
              "scopes": ["okta.users.read"], "privateKey": private_key, "testing": {"disableHttpsCheck": True}}
    async with OktaClient(config) as client:
        users, _ = await collect(client.list_users, limit=50)
    print(json.dumps({"users": [u.id for u in users]}))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--oauth":
        run = oauth(*sys.argv[2:])
    elif len(sys.argv) == 5:
        run = main(*sys.argv[1:])
    else:
        sys.exit(__doc__)
    try:
        asyncio.run(run)
    except Exception as error:  # the SDK's own error, said plainly for the test's failure message
        print(f"okta SDK call failed: {error!r}", file=sys.stderr)
        sys.exit(1)
