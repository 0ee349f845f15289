extension City {
    /// Cities where the simulated org's employees live (weighted toward North America and Europe, like a
    /// typical Okta customer's workforce).
    public static let homes: [City] = [
        City(name: "New York", state: "New York", country: "United States", countryCode: "US", postalCode: "10013", lat: 40.7209, lon: -74.0047, utcOffset: -5),
        City(name: "San Francisco", state: "California", country: "United States", countryCode: "US", postalCode: "94107", lat: 37.7697, lon: -122.3933, utcOffset: -8),
        City(name: "Seattle", state: "Washington", country: "United States", countryCode: "US", postalCode: "98109", lat: 47.6339, lon: -122.3476, utcOffset: -8),
        City(name: "Austin", state: "Texas", country: "United States", countryCode: "US", postalCode: "78701", lat: 30.2713, lon: -97.7426, utcOffset: -6),
        City(name: "Chicago", state: "Illinois", country: "United States", countryCode: "US", postalCode: "60607", lat: 41.8745, lon: -87.6513, utcOffset: -6),
        City(name: "Denver", state: "Colorado", country: "United States", countryCode: "US", postalCode: "80202", lat: 39.7525, lon: -104.9995, utcOffset: -7),
        City(name: "Boston", state: "Massachusetts", country: "United States", countryCode: "US", postalCode: "02110", lat: 42.3572, lon: -71.0526, utcOffset: -5),
        City(name: "Atlanta", state: "Georgia", country: "United States", countryCode: "US", postalCode: "30309", lat: 33.7984, lon: -84.3883, utcOffset: -5),
        City(name: "Raleigh", state: "North Carolina", country: "United States", countryCode: "US", postalCode: "27601", lat: 35.7721, lon: -78.6386, utcOffset: -5),
        City(name: "Portland", state: "Oregon", country: "United States", countryCode: "US", postalCode: "97205", lat: 45.5202, lon: -122.6742, utcOffset: -8),
        City(name: "Toronto", state: "Ontario", country: "Canada", countryCode: "CA", postalCode: "M4M", lat: 43.6567, lon: -79.34, utcOffset: -5),
        City(name: "Vancouver", state: "British Columbia", country: "Canada", countryCode: "CA", postalCode: "V6B", lat: 49.2794, lon: -123.1145, utcOffset: -8),
        City(name: "London", state: "England", country: "United Kingdom", countryCode: "GB", postalCode: "EC2A", lat: 51.5237, lon: -0.0802, utcOffset: 0),
        City(name: "Manchester", state: "England", country: "United Kingdom", countryCode: "GB", postalCode: "M1", lat: 53.4794, lon: -2.2453, utcOffset: 0),
        City(name: "Dublin", state: "Leinster", country: "Ireland", countryCode: "IE", postalCode: "D02", lat: 53.3382, lon: -6.2591, utcOffset: 0),
        City(name: "Berlin", state: "Land Berlin", country: "Germany", countryCode: "DE", postalCode: "10178", lat: 52.5215, lon: 13.4094, utcOffset: 1),
        City(name: "Munich", state: "Bavaria", country: "Germany", countryCode: "DE", postalCode: "80331", lat: 48.1351, lon: 11.582, utcOffset: 1),
        City(name: "Paris", state: "Ile-de-France", country: "France", countryCode: "FR", postalCode: "75002", lat: 48.8682, lon: 2.3432, utcOffset: 1),
        City(name: "Amsterdam", state: "North Holland", country: "Netherlands", countryCode: "NL", postalCode: "1012", lat: 52.3738, lon: 4.891, utcOffset: 1),
        City(name: "Madrid", state: "Madrid", country: "Spain", countryCode: "ES", postalCode: "28013", lat: 40.4165, lon: -3.7026, utcOffset: 1),
        City(name: "Bengaluru", state: "Karnataka", country: "India", countryCode: "IN", postalCode: "560001", lat: 12.9719, lon: 77.5937, utcOffset: 5),
        City(name: "Sydney", state: "New South Wales", country: "Australia", countryCode: "AU", postalCode: "2000", lat: -33.8715, lon: 151.2006, utcOffset: 10),
        City(name: "Tokyo", state: "Tokyo", country: "Japan", countryCode: "JP", postalCode: "100-0001", lat: 35.6893, lon: 139.6899, utcOffset: 9),
        City(name: "Singapore", state: "Central Singapore", country: "Singapore", countryCode: "SG", postalCode: "018989", lat: 1.2868, lon: 103.8545, utcOffset: 8),
        City(name: "Sao Paulo", state: "Sao Paulo", country: "Brazil", countryCode: "BR", postalCode: "01310", lat: -23.5613, lon: -46.6565, utcOffset: -3),
        City(name: "Mexico City", state: "Mexico City", country: "Mexico", countryCode: "MX", postalCode: "06600", lat: 19.4285, lon: -99.1277, utcOffset: -6),
    ]

    /// How likely each home city is (same order as `homes`).
    public static let homeWeights: [Double] = [
        14, 10, 6, 5, 6, 4, 5, 4, 3, 3, 5, 3, 8, 2, 2, 3, 2, 3, 2, 2, 3, 2, 1, 1, 1, 1,
    ]

    /// Data-centre cities where hosting providers, VPN exits and attack infrastructure geolocate.
    public static let datacenters: [City] = [
        City(name: "Ashburn", state: "Virginia", country: "United States", countryCode: "US", postalCode: "20147", lat: 39.0438, lon: -77.4874, utcOffset: -5),
        City(name: "Frankfurt am Main", state: "Hesse", country: "Germany", countryCode: "DE", postalCode: "60313", lat: 50.1109, lon: 8.6821, utcOffset: 1),
        City(name: "Amsterdam", state: "North Holland", country: "Netherlands", countryCode: "NL", postalCode: "1098", lat: 52.3556, lon: 4.9503, utcOffset: 1),
        City(name: "Singapore", state: "Central Singapore", country: "Singapore", countryCode: "SG", postalCode: "138567", lat: 1.2929, lon: 103.7855, utcOffset: 8),
        City(name: "Clifton", state: "New Jersey", country: "United States", countryCode: "US", postalCode: "07014", lat: 40.8364, lon: -74.1403, utcOffset: -5),
        City(name: "Roubaix", state: "Hauts-de-France", country: "France", countryCode: "FR", postalCode: "59100", lat: 50.6942, lon: 3.1746, utcOffset: 1),
        City(name: "Falkenstein", state: "Saxony", country: "Germany", countryCode: "DE", postalCode: "08223", lat: 50.4777, lon: 12.3649, utcOffset: 1),
        City(name: "Bucharest", state: "Bucuresti", country: "Romania", countryCode: "RO", postalCode: "030167", lat: 44.4354, lon: 26.1033, utcOffset: 2),
        City(name: "Moscow", state: "Moscow", country: "Russia", countryCode: "RU", postalCode: "101000", lat: 55.7522, lon: 37.6156, utcOffset: 3),
        City(name: "Lagos", state: "Lagos", country: "Nigeria", countryCode: "NG", postalCode: "100001", lat: 6.4541, lon: 3.3947, utcOffset: 1),
        City(name: "Hanoi", state: "Hanoi", country: "Vietnam", countryCode: "VN", postalCode: "100000", lat: 21.0245, lon: 105.8412, utcOffset: 7),
        City(name: "Sao Paulo", state: "Sao Paulo", country: "Brazil", countryCode: "BR", postalCode: "01323", lat: -23.5475, lon: -46.6361, utcOffset: -3),
    ]
}
