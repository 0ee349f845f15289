extension Network {
    private static func blocks(_ pairs: (UInt16, UInt16)...) -> [UInt16] { pairs.map { $0.0 << 8 | $0.1 } }

    /// Home broadband and mobile carriers, by country.
    public static let residential: [Network] = [
        Network(asNumber: 7922, asOrg: "comcast cable communications  llc", isp: "comcast cable communications  llc", domain: "comcast.net", kind: .residential, countryCode: "US", prefixes: blocks((73, 15), (98, 207), (24, 30), (76, 104))),
        Network(asNumber: 7018, asOrg: "at&t services  inc.", isp: "at&t enterprises  llc", domain: "att.net", kind: .residential, countryCode: "US", prefixes: blocks((99, 35), (108, 210), (76, 201))),
        Network(asNumber: 701, asOrg: "verizon business", isp: "verizon fios", domain: "verizon.net", kind: .residential, countryCode: "US", prefixes: blocks((71, 178), (108, 46), (173, 73))),
        Network(asNumber: 20115, asOrg: "charter communications", isp: "spectrum", domain: "spectrum.com", kind: .residential, countryCode: "US", prefixes: blocks((66, 169), (97, 96), (174, 85))),
        Network(asNumber: 22773, asOrg: "cox communications inc.", isp: "cox communications", domain: "cox.net", kind: .residential, countryCode: "US", prefixes: blocks((68, 0), (70, 180), (98, 174))),
        Network(asNumber: 21928, asOrg: "t-mobile usa  inc.", isp: "t-mobile usa  inc.", domain: "t-mobile.com", kind: .mobile, countryCode: "US", prefixes: blocks((172, 56), (172, 58))),
        Network(asNumber: 812, asOrg: "rogers communications canada inc.", isp: "rogers communications canada inc.", domain: "rogers.com", kind: .residential, countryCode: "CA", prefixes: blocks((99, 232), (174, 112))),
        Network(asNumber: 577, asOrg: "bell canada", isp: "bell canada", domain: "bell.ca", kind: .residential, countryCode: "CA", prefixes: blocks((142, 126), (70, 48))),
        Network(asNumber: 2856, asOrg: "british telecommunications plc", isp: "bt public internet service", domain: "bt.com", kind: .residential, countryCode: "GB", prefixes: blocks((86, 128), (81, 154))),
        Network(asNumber: 5089, asOrg: "virgin media limited", isp: "virgin media", domain: "virginmedia.com", kind: .residential, countryCode: "GB", prefixes: blocks((82, 7), (86, 1))),
        Network(asNumber: 5466, asOrg: "eircom limited", isp: "eir broadband", domain: "eir.ie", kind: .residential, countryCode: "IE", prefixes: blocks((86, 40), (89, 101))),
        Network(asNumber: 3320, asOrg: "deutsche telekom ag", isp: "deutsche telekom ag", domain: "telekom.de", kind: .residential, countryCode: "DE", prefixes: blocks((79, 192), (91, 36), (93, 192))),
        Network(asNumber: 3209, asOrg: "vodafone gmbh", isp: "vodafone gmbh", domain: "vodafone.de", kind: .residential, countryCode: "DE", prefixes: blocks((88, 64), (94, 134))),
        Network(asNumber: 3215, asOrg: "orange s.a.", isp: "orange", domain: "orange.fr", kind: .residential, countryCode: "FR", prefixes: blocks((90, 24), (86, 246))),
        Network(asNumber: 12322, asOrg: "free sas", isp: "free sas", domain: "free.fr", kind: .residential, countryCode: "FR", prefixes: blocks((82, 64), (88, 160))),
        Network(asNumber: 1136, asOrg: "kpn b.v.", isp: "kpn", domain: "kpn.com", kind: .residential, countryCode: "NL", prefixes: blocks((84, 104), (145, 129))),
        Network(asNumber: 3352, asOrg: "telefonica de espana", isp: "telefonica de espana", domain: "telefonica.es", kind: .residential, countryCode: "ES", prefixes: blocks((83, 32), (88, 12))),
        Network(asNumber: 24560, asOrg: "bharti airtel ltd.", isp: "bharti airtel", domain: "airtel.in", kind: .residential, countryCode: "IN", prefixes: blocks((122, 171), (106, 51))),
        Network(asNumber: 55836, asOrg: "reliance jio infocomm limited", isp: "reliance jio infocomm limited", domain: "jio.com", kind: .mobile, countryCode: "IN", prefixes: blocks((49, 36), (157, 32))),
        Network(asNumber: 1221, asOrg: "telstra corporation ltd", isp: "telstra internet", domain: "telstra.com.au", kind: .residential, countryCode: "AU", prefixes: blocks((101, 160), (120, 144))),
        Network(asNumber: 4713, asOrg: "ntt communications corporation", isp: "ocn", domain: "ocn.ne.jp", kind: .residential, countryCode: "JP", prefixes: blocks((153, 156), (180, 12))),
        Network(asNumber: 9506, asOrg: "singtel fibre broadband", isp: "singtel", domain: "singtel.com", kind: .residential, countryCode: "SG", prefixes: blocks((116, 86), (118, 200))),
        Network(asNumber: 28573, asOrg: "claro nxt telecomunicacoes ltda", isp: "claro s.a.", domain: "claro.com.br", kind: .residential, countryCode: "BR", prefixes: blocks((177, 94), (189, 120))),
        Network(asNumber: 8151, asOrg: "uninet s.a. de c.v.", isp: "telmex", domain: "telmex.com", kind: .residential, countryCode: "MX", prefixes: blocks((187, 188), (189, 203))),
    ]

    /// Cloud and hosting providers: where scripts, stolen-cookie replays and spray tooling run from.
    public static let hosting: [Network] = [
        Network(asNumber: 14061, asOrg: "digitalocean  llc", isp: "digitalocean  llc", domain: "digitalocean.com", kind: .hosting, countryCode: "*", prefixes: blocks((159, 89), (167, 99), (138, 68))),
        Network(asNumber: 16509, asOrg: "amazon.com  inc.", isp: "amazon.com  inc.", domain: "amazonaws.com", kind: .hosting, countryCode: "*", prefixes: blocks((3, 238), (18, 206), (54, 91))),
        Network(asNumber: 16276, asOrg: "ovh sas", isp: "ovh sas", domain: "ovh.net", kind: .hosting, countryCode: "*", prefixes: blocks((51, 75), (54, 38), (137, 74))),
        Network(asNumber: 24940, asOrg: "hetzner online gmbh", isp: "hetzner online gmbh", domain: "hetzner.com", kind: .hosting, countryCode: "*", prefixes: blocks((88, 198), (95, 216), (116, 202))),
        Network(asNumber: 20473, asOrg: "the constant company  llc", isp: "vultr holdings  llc", domain: "vultr.com", kind: .hosting, countryCode: "*", prefixes: blocks((45, 32), (45, 77), (149, 28))),
        Network(asNumber: 63949, asOrg: "akamai connected cloud", isp: "linode", domain: "linode.com", kind: .hosting, countryCode: "*", prefixes: blocks((45, 79), (139, 162), (172, 105))),
        Network(asNumber: 9009, asOrg: "m247 europe srl", isp: "m247 ltd", domain: "m247.com", kind: .hosting, countryCode: "*", prefixes: blocks((37, 120), (185, 236), (89, 46))),
    ]

    /// VPN exits, Tor and open proxies: Okta sets `isProxy` for these.
    public static let anonymizers: [Network] = [
        Network(asNumber: 60068, asOrg: "datacamp limited", isp: "cdn77", domain: "datacamp.co.uk", kind: .anonymizer, countryCode: "*", prefixes: blocks((185, 107), (89, 187), (156, 146))),
        Network(asNumber: 39351, asOrg: "31173 services ab", isp: "mullvad vpn", domain: "mullvad.net", kind: .anonymizer, countryCode: "*", prefixes: blocks((193, 138), (185, 213))),
        Network(asNumber: 53667, asOrg: "frantech solutions", isp: "buyvm", domain: "frantech.ca", kind: .anonymizer, countryCode: "*", prefixes: blocks((209, 141), (104, 244))),
    ]

    /// The residential and mobile networks serving one country (every home city's country has at least one).
    public static func serving(_ countryCode: String) -> [Network] {
        residential.filter { $0.countryCode == countryCode }
    }
}
