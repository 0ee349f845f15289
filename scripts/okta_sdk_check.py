"""Drives a simulated Okta org with Okta's official Python SDK (pip `okta`), as a real integration would.

Usage: okta_sdk_check.py ORG_URL API_TOKEN SINCE UNTIL
Lists every user (pages of 7, following the SDK's pagination) and pages through the System Log between SINCE and
UNTIL (pages of 50), then prints a JSON summary on stdout: user ids, event uuids and page counts. Exits 1 with the
SDK's error on stderr when a call fails. Needs OKTA_TESTING_TESTINGDISABLEHTTPSCHECK=true for an http:// org.
"""
import asyncio
import json
import sys

from okta.client import Client as OktaClient


async def collect(first_call, page_limit):
    """Every item of a paged list, and the number of pages the SDK fetched."""
    items, response, error = await first_call
    if error:
        raise RuntimeError(f"first page: {error}")
    items = list(items or [])
    pages = 1
    while response.has_next() and pages < page_limit:
        page, error = await response.next()
        if error:
            raise RuntimeError(f"page {pages + 1}: {error}")
        if not page:
            break
        items += page
        pages += 1
    return items, pages


async def main(org_url, token, since, until):
    config = {"orgUrl": org_url, "token": token, "authorizationMode": "SSWS",
              "rateLimit": {"maxRetries": 1}, "testing": {"disableHttpsCheck": True}}
    async with OktaClient(config) as client:
        users, user_pages = await collect(client.list_users(limit=7), 1000)
        events, event_pages = await collect(client.list_log_events(since=since, until=until, limit=50), 1000)
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


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    try:
        asyncio.run(main(*sys.argv[1:]))
    except Exception as error:  # the SDK's own error, said plainly for the test's failure message
        print(f"okta SDK call failed: {error!r}", file=sys.stderr)
        sys.exit(1)
