extension UserAgent {
    /// Desktop browsers employees use.
    public static let computers: [UserAgent] = [
        UserAgent(raw: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36", os: "Mac OS X", browser: "CHROME", device: "Computer", platform: "MACOS", models: ["Mac15,6", "MacBookPro18,3", "Mac14,2"], osVersion: "14.6.0"),
        UserAgent(raw: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", os: "Mac OS X", browser: "SAFARI", device: "Computer", platform: "MACOS", models: ["Mac14,7", "MacBookAir10,1"], osVersion: "14.5.0"),
        UserAgent(raw: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36", os: "Windows 10", browser: "CHROME", device: "Computer", platform: "WINDOWS", models: ["Latitude 7440", "ThinkPad X1 Carbon Gen 11"], osVersion: "10.0.22631"),
        UserAgent(raw: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.86", os: "Windows 10", browser: "EDGE", device: "Computer", platform: "WINDOWS", models: ["Surface Laptop 5", "HP EliteBook 840 G9"], osVersion: "10.0.22631"),
        UserAgent(raw: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0", os: "Mac OS X", browser: "FIREFOX", device: "Computer", platform: "MACOS", models: ["MacBookPro18,1"], osVersion: "14.6.1"),
        UserAgent(raw: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36", os: "Linux", browser: "CHROME", device: "Computer", platform: "", models: [], osVersion: ""),
    ]

    /// Phones: Okta Verify lives here, and people read mail and Slack on them.
    public static let phones: [UserAgent] = [
        UserAgent(raw: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1", os: "iOS", browser: "MOBILE_SAFARI", device: "Mobile", platform: "IOS", models: ["iPhone15,2", "iPhone14,5", "iPhone16,1"], osVersion: "17.6"),
        UserAgent(raw: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36", os: "Android", browser: "CHROME", device: "Mobile", platform: "ANDROID", models: ["Pixel 8", "Pixel 7a"], osVersion: "14"),
        UserAgent(raw: "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36", os: "Android", browser: "CHROME", device: "Mobile", platform: "ANDROID", models: ["SM-S918B", "SM-S911U"], osVersion: "14"),
    ]

    /// Tools attackers script with: replayed cookies and sprays rarely come from a real browser.
    public static let scripts: [UserAgent] = [
        UserAgent(raw: "python-requests/2.31.0", os: "Unknown", browser: "UNKNOWN", device: "Unknown", platform: "", models: [], osVersion: ""),
        UserAgent(raw: "curl/8.4.0", os: "Unknown", browser: "UNKNOWN", device: "Unknown", platform: "", models: [], osVersion: ""),
        UserAgent(raw: "Go-http-client/1.1", os: "Unknown", browser: "UNKNOWN", device: "Unknown", platform: "", models: [], osVersion: ""),
        UserAgent(raw: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/119.0.6045.105 Safari/537.36", os: "Windows 10", browser: "CHROME", device: "Computer", platform: "", models: [], osVersion: ""),
    ]

    /// The SDK a back-end integration calls Okta with.
    public static let serviceClient = UserAgent(raw: "okta-sdk-java/8.2.5 java/17.0.8 Linux/5.10.205-195.807.amzn2.x86_64", os: "Linux", browser: "UNKNOWN", device: "Unknown", platform: "", models: [], osVersion: "")

    /// Okta's own Okta Verify desktop client, for FastPass sign-ins and push responses.
    public static let oktaVerify = "OktaVerify/9.27.0 (iPhone; iOS 17.6; Scale/3.00) CFNetwork/1496.0.7 Darwin/23.6.0"
}
