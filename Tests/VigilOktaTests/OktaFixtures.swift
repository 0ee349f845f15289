import Foundation
import Logging
import VigilOkta
import VigilOktaTesting

/// Fast retries, so tests of the retry paths take milliseconds rather than seconds.
let fastRetry = RetryPolicy(maxAttempts: 3, maxRateLimitWaits: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50),
                            resetJitter: .milliseconds(50), maxRateLimitWait: .seconds(5), requestTimeout: .seconds(2))

func makeClient(_ base: URL, _ credential: OktaCredential, budget: RateLimitBudget = RateLimitBudget(),
                retry: RetryPolicy = fastRetry) throws -> OktaClient {
    var logger = Logger(label: "test.okta")
    logger.logLevel = .error
    return try OktaClient(orgURL: base, credential: credential, budget: budget, retry: retry, logger: logger)
}

let okUsers = ScriptedResponse.json("[]")
